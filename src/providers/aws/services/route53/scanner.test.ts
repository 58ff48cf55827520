import {
  GetDNSSECCommand,
  ListHostedZonesCommand,
  ListQueryLoggingConfigsCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
  type ListHostedZonesCommandInput,
  type ListResourceRecordSetsCommandInput,
} from '@aws-sdk/client-route-53';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
} from '../../testing/scanner-contract.js';
import { scanUnit, valueOf } from '../../testing/unit-context.js';
import {
  ACCOUNT,
  ARN,
  DNSSEC,
  LOG_GROUP,
  queryLogging,
  RECORDS,
  ZONE,
  zonesPage1,
  zonesPage2,
} from './fixtures/sdk.js';
import { ROUTE53_METRIC as K, ROUTE53_METRICS } from './metrics.js';
import { route53Scanner } from './scanner.js';

const route53 = mockClient(Route53Client);

const scan = () => scanUnit(route53Scanner, 'us-east-1', [Route53Client], ACCOUNT);

let zoneInputs: ListHostedZonesCommandInput[] = [];
let recordInputs: ListResourceRecordSetsCommandInput[] = [];

beforeEach(() => {
  route53.reset();
  zoneInputs = [];
  recordInputs = [];
  route53.on(ListHostedZonesCommand).callsFake((input: ListHostedZonesCommandInput) => {
    zoneInputs.push({ ...input });
    return input.Marker === ZONE.legacy ? zonesPage2 : zonesPage1;
  });
  route53.on(ListQueryLoggingConfigsCommand).resolves(queryLogging);
  route53
    .on(ListResourceRecordSetsCommand)
    .callsFake((input: ListResourceRecordSetsCommandInput) => {
      recordInputs.push({ ...input });
      const pages = RECORDS[input.HostedZoneId ?? ''];
      if (!pages)
        throw awsError(
          'NoSuchHostedZone',
          `No hosted zone found with ID: ${input.HostedZoneId}`,
          404,
        );
      return input.StartRecordName ? pages[1] : pages[0];
    });
  route53.on(GetDNSSECCommand).callsFake((input: { HostedZoneId?: string }) => {
    const answer = DNSSEC[input.HostedZoneId ?? ''];
    if (!answer) throw awsError('NoSuchHostedZone', 'No hosted zone found', 404);
    return answer;
  });
});

describe('route53Scanner', () => {
  it('lists zones across pages, query logging once, records of each zone across pages, DNSSEC of public zones', async () => {
    const events = await scan();

    expect(zoneInputs).toEqual([{ MaxItems: 100 }, { MaxItems: 100, Marker: ZONE.legacy }]);
    expect(route53.commandCalls(ListQueryLoggingConfigsCommand)).toHaveLength(1);
    expect(recordInputs.filter((i) => i.HostedZoneId === ZONE.public)).toEqual([
      { HostedZoneId: ZONE.public, MaxItems: 300 },
      {
        HostedZoneId: ZONE.public,
        MaxItems: 300,
        StartRecordName: 'static.example.com.',
        StartRecordType: 'CNAME',
      },
    ]);
    expect(
      route53
        .commandCalls(GetDNSSECCommand)
        .map((c) => c.args[0].input.HostedZoneId)
        .sort(),
    ).toEqual([ZONE.public, ZONE.legacy].sort());
    expect(new Set(events.map((e) => e.resource_id))).toEqual(
      new Set([ARN.public, ARN.internal, ARN.legacy]),
    );
  });

  it('reports visibility, record count, query logging, DNSSEC and CNAME/alias targets', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.public, K.zoneName)).toBe('example.com.');
    expect(valueOf(events, ARN.public, K.privateZone)).toBe(false);
    expect(valueOf(events, ARN.public, K.recordCount)).toBe(5);
    expect(valueOf(events, ARN.public, K.queryLogging)).toBe(true);
    expect(valueOf(events, ARN.public, K.queryLogGroup)).toBe(LOG_GROUP);
    expect(valueOf(events, ARN.public, K.dnssecStatus)).toBe('SIGNING');
    expect(valueOf(events, ARN.public, K.recordTargets)).toEqual([
      { name: 'example.com.', type: 'ALIAS', target: 'd111111abcdef8.cloudfront.net.' },
      {
        name: 'static.example.com.',
        type: 'CNAME',
        target: 'static.example.com.s3-website-eu-west-1.amazonaws.com',
      },
    ]);
    expect(valueOf(events, ARN.public, K.recordTargetsTruncated)).toBe(false);
    expect(valueOf(events, ARN.internal, K.privateZone)).toBe(true);
    expect(valueOf(events, ARN.internal, K.queryLogging)).toBe(false);
    expect(valueOf(events, ARN.internal, K.dnssecStatus)).toBeUndefined();
    expect(valueOf(events, ARN.legacy, K.dnssecStatus)).toBe('NOT_SIGNING');
    expect(valueOf(events, ARN.legacy, K.recordTargets)).toEqual([]);
  });

  it('goes on when a per-zone read or the query logging listing is denied, naming the action', async () => {
    route53
      .on(GetDNSSECCommand, { HostedZoneId: ZONE.legacy })
      .rejects(awsError('AccessDenied', 'not authorized', 403));
    route53
      .on(ListQueryLoggingConfigsCommand)
      .rejects(awsError('AccessDenied', 'not authorized', 403));

    const events = await scan();

    expect(valueOf(events, ARN.legacy, K.readError)).toEqual([
      'route53:ListQueryLoggingConfigs: AccessDenied',
      'route53:GetDNSSEC: AccessDenied',
    ]);
    expect(valueOf(events, ARN.legacy, K.dnssecStatus)).toBeUndefined();
    expect(valueOf(events, ARN.legacy, K.queryLogging)).toBeUndefined();
    expect(valueOf(events, ARN.public, K.dnssecStatus)).toBe('SIGNING');
  });

  it('skips a zone deleted between the list and its reads', async () => {
    route53.on(ListHostedZonesCommand).resolves({
      $metadata: {},
      HostedZones: [
        ...zonesPage1.HostedZones!.slice(0, 1),
        { Id: '/hostedzone/ZGONE', Name: 'gone.example.', CallerReference: 'x' },
      ],
      IsTruncated: false,
      Marker: '',
      MaxItems: 100,
    });

    const events = await scan();

    expect(new Set(events.map((e) => e.resource_id))).toEqual(new Set([ARN.public]));
  });

  it('fails the unit when ListHostedZones is denied', async () => {
    route53.on(ListHostedZonesCommand).rejects(awsError('AccessDenied', 'denied', 403));
    await expect(scan()).rejects.toMatchObject({ name: 'AccessDenied' });
    expect(route53.commandCalls(ListResourceRecordSetsCommand)).toHaveLength(0);
  });

  it('emits nothing in an account without zones', async () => {
    route53.on(ListHostedZonesCommand).resolves({
      $metadata: {},
      HostedZones: [],
      IsTruncated: false,
      Marker: '',
      MaxItems: 100,
    });
    expect(await scan()).toEqual([]);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const many = {
      $metadata: {},
      ResourceRecordSets: Array.from({ length: 1001 }, (_, i) => ({
        Name: `h${i}.example.org.`,
        Type: 'CNAME' as const,
        TTL: 60,
        ResourceRecords: [{ Value: 'elsewhere.example.net' }],
      })),
      IsTruncated: false,
      MaxItems: 300,
    };
    route53.on(ListResourceRecordSetsCommand, { HostedZoneId: ZONE.legacy }).resolves(many);
    const events: EventDraft[] = await scan();
    expect(valueOf(events, ARN.legacy, K.recordTargetsTruncated)).toBe(true);
    expect((valueOf(events, ARN.legacy, K.recordTargets) as unknown[]).length).toBe(1000);
    route53.on(GetDNSSECCommand).rejects(awsError('AccessDenied', 'no', 403));
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(route53Scanner, ROUTE53_METRICS, events);
  });

  it('declares exactly the IAM actions it calls, as a global scanner', async () => {
    await scan();
    expectDeclaredPermissions(route53Scanner, 'global', [['route53', route53]]);
  });
});
