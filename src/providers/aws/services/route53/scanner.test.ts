import {
  GetDNSSECCommand,
  ListHostedZonesCommand,
  ListQueryLoggingConfigsCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
  type ListHostedZonesCommandInput,
  type ListResourceRecordSetsCommandInput,
} from '@aws-sdk/client-route-53';
import { ListBucketsCommand, S3Client, type ListBucketsCommandInput } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
} from '../../testing/scanner-contract.js';
import { sharedRead } from '../../../../lib/shared-read.js';
import { fakeClients, scanUnit, unitContext, valueOf } from '../../testing/unit-context.js';
import { collectRoute53Snapshot } from './collector.js';
import {
  ACCOUNT,
  ARN,
  BUCKET_PAGES,
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
const s3 = mockClient(S3Client);

const scan = () => scanUnit(route53Scanner, 'us-east-1', [Route53Client, S3Client], ACCOUNT);

let zoneInputs: ListHostedZonesCommandInput[] = [];
let recordInputs: ListResourceRecordSetsCommandInput[] = [];
let bucketInputs: ListBucketsCommandInput[] = [];

beforeEach(() => {
  route53.reset();
  s3.reset();
  zoneInputs = [];
  recordInputs = [];
  bucketInputs = [];
  s3.on(ListBucketsCommand).callsFake((input: ListBucketsCommandInput) => {
    bucketInputs.push({ ...input });
    return input.ContinuationToken ? BUCKET_PAGES[1] : BUCKET_PAGES[0];
  });
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
      { name: 'www2.example.com.', type: 'ALIAS', target: 's3-website-eu-west-1.amazonaws.com.' },
      {
        name: 'files.example.com.',
        type: 'CNAME',
        target: 'acme-files-old.s3.eu-west-1.amazonaws.com',
      },
    ]);
    expect(valueOf(events, ARN.public, K.recordTargetsTruncated)).toBe(false);
    expect(valueOf(events, ARN.internal, K.privateZone)).toBe(true);
    expect(valueOf(events, ARN.internal, K.queryLogging)).toBe(false);
    expect(valueOf(events, ARN.internal, K.dnssecStatus)).toBeUndefined();
    expect(valueOf(events, ARN.legacy, K.dnssecStatus)).toBe('NOT_SIGNING');
    expect(valueOf(events, ARN.legacy, K.recordTargets)).toEqual([]);
  });

  it('lists the account buckets across pages and reports the S3 bucket of each record, owned or not', async () => {
    const events = await scan();

    expect(bucketInputs).toEqual([
      { MaxBuckets: 10_000 },
      { MaxBuckets: 10_000, ContinuationToken: 'eyJwYWdlIjoyfQ==' },
    ]);
    expect(valueOf(events, ARN.public, K.s3RecordTargets)).toEqual([
      {
        name: 'static.example.com.',
        type: 'CNAME',
        target: 'static.example.com.s3-website-eu-west-1.amazonaws.com',
        bucket: 'static.example.com',
        owned: true,
      },
      {
        name: 'www2.example.com.',
        type: 'ALIAS',
        target: 's3-website-eu-west-1.amazonaws.com.',
        bucket: 'www2.example.com',
        owned: false,
      },
      {
        name: 'files.example.com.',
        type: 'CNAME',
        target: 'acme-files-old.s3.eu-west-1.amazonaws.com',
        bucket: 'acme-files-old',
        owned: false,
      },
    ]);
    expect(valueOf(events, ARN.public, K.danglingS3RecordCount)).toBe(2);
    expect(valueOf(events, ARN.internal, K.s3RecordTargets)).toEqual([
      {
        name: 'docs.corp.internal.',
        type: 'CNAME',
        target: 'acme-docs.s3.amazonaws.com',
        bucket: 'acme-docs',
        owned: true,
      },
    ]);
    expect(valueOf(events, ARN.internal, K.danglingS3RecordCount)).toBe(0);
    expect(valueOf(events, ARN.legacy, K.s3RecordTargets)).toEqual([]);
    expect(valueOf(events, ARN.legacy, K.danglingS3RecordCount)).toBeUndefined();
  });

  it('records a denied ListBuckets on the zones pointing at S3, without ownership', async () => {
    s3.on(ListBucketsCommand).rejects(
      awsError('AccessDenied', 'User is not authorized to perform: s3:ListAllMyBuckets', 403),
    );

    const events = await scan();

    expect(valueOf(events, ARN.public, K.readError)).toEqual(['s3:ListBuckets: AccessDenied']);
    expect(valueOf(events, ARN.legacy, K.readError)).toBeUndefined();
    expect(
      (valueOf(events, ARN.public, K.s3RecordTargets) as { owned?: boolean }[]).map((t) => t.owned),
    ).toEqual([undefined, undefined, undefined]);
    expect(valueOf(events, ARN.public, K.danglingS3RecordCount)).toBeUndefined();
    expect(valueOf(events, ARN.public, K.dnssecStatus)).toBe('SIGNING');
  });

  it('does not list buckets when no public zone points at S3', async () => {
    route53
      .on(ListResourceRecordSetsCommand, { HostedZoneId: ZONE.public })
      .resolves(RECORDS[ZONE.legacy]![0]!);

    const snapshot = await collectRoute53Snapshot(
      unitContext(
        fakeClients(
          'us-east-1',
          new Route53Client({ region: 'us-east-1' }),
          new S3Client({ region: 'us-east-1' }),
        ),
        ACCOUNT,
      ),
    );

    expect(s3.commandCalls(ListBucketsCommand)).toHaveLength(0);
    expect(snapshot.buckets).toBeUndefined();
    expect(snapshot.zones.find((z) => z.id === ZONE.internal)?.records).toMatchObject({
      state: 'available',
      value: { s3Targets: [{ bucket: 'acme-docs' }] },
    });
  });

  it('shares one ListBuckets among the units of the account through the pool', async () => {
    const reads = new Map<string, Promise<unknown>>();
    const ctx = () =>
      unitContext(
        {
          ...fakeClients(
            'us-east-1',
            new Route53Client({ region: 'us-east-1' }),
            new S3Client({ region: 'us-east-1' }),
          ),
          shared: (key, load) => sharedRead(reads, key, load),
        },
        ACCOUNT,
      );

    const [first, second] = await Promise.all([
      collectRoute53Snapshot(ctx()),
      collectRoute53Snapshot(ctx()),
    ]);

    expect(bucketInputs).toHaveLength(2); // two pages, once
    expect(first.buckets).toEqual({
      state: 'available',
      value: ['static.example.com', 'acme-docs'],
    });
    expect(second.buckets).toEqual(first.buckets);
    expect(await reads.get('s3:ListBuckets')).toEqual({
      buckets: [
        {
          name: 'static.example.com',
          region: 'eu-west-1',
          creationDate: '2024-03-01T09:00:00.000Z',
        },
        { name: 'acme-docs', region: 'us-east-1', creationDate: '2024-05-02T09:00:00.000Z' },
      ],
      ownerId: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be',
    });
  });

  it('reads the buckets itself when the shared listing was cancelled with the unit that started it', async () => {
    const cancelled = Object.assign(new Error('The operation was aborted'), { name: 'AbortError' });
    const snapshot = await collectRoute53Snapshot(
      unitContext(
        {
          ...fakeClients(
            'us-east-1',
            new Route53Client({ region: 'us-east-1' }),
            new S3Client({ region: 'us-east-1' }),
          ),
          shared: () => Promise.reject(cancelled),
        },
        ACCOUNT,
      ),
    );
    expect(snapshot.buckets?.state).toBe('available');
    expect(bucketInputs).toHaveLength(2);
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
    expectDeclaredPermissions(route53Scanner, 'global', [
      ['route53', route53],
      ['s3', s3],
    ]);
  });
});
