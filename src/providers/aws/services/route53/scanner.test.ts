import {
  GetDNSSECCommand,
  ListHostedZonesCommand,
  ListQueryLoggingConfigsCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
  type ListHostedZonesCommandInput,
  type ListResourceRecordSetsCommandInput,
} from '@aws-sdk/client-route-53';
import {
  DescribeAddressesCommand,
  DescribeNetworkInterfacesCommand,
  EC2Client,
  type DescribeAddressesCommandInput,
  type DescribeNetworkInterfacesCommandInput,
  type Filter,
  type NetworkInterface,
} from '@aws-sdk/client-ec2';
import { ListBucketsCommand, S3Client, type ListBucketsCommandInput } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import danglingIpCheck from '../../../../checks/aws/route53/route53_dangling_ip_records.check.js';
import { run } from '../../../../checks/aws/testing.js';
import type { EventDraft } from '../../../../core/index.js';
import type { AwsClientClass, AwsClients } from '../../client-factory.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
} from '../../testing/scanner-contract.js';
import { sharedRead } from '../../../../lib/shared-read.js';
import {
  drainEvents,
  FAKE_CREDENTIALS,
  fakeClients,
  unitContext,
  valueOf,
} from '../../testing/unit-context.js';
import { collectRoute53Snapshot } from './collector.js';
import { extractRoute53Events } from './extract.js';
import { IP_RANGES_URL_ENV } from './ip-ranges.js';
import {
  ACCOUNT,
  ARN,
  BUCKET_PAGES,
  DNSSEC,
  EC2_ADDRESSES,
  EC2_INTERFACES,
  EC2_IP,
  EIP_ALLOCATION,
  INSTANCE_ENI,
  LOG_GROUP,
  queryLogging,
  RECORDS,
  ZONE,
  zonesPage1,
  zonesPage2,
} from './fixtures/sdk.js';
import { ROUTE53_METRIC as K, ROUTE53_METRICS } from './metrics.js';
import { route53Scanner } from './scanner.js';
import { deferred } from '../../../../../test/support/deferred.js';

const route53 = mockClient(Route53Client);
const s3 = mockClient(S3Client);
const ec2 = mockClient(EC2Client);

const IP_RANGES_FILE = fileURLToPath(new URL('./fixtures/ip-ranges.json', import.meta.url));

/** The unit's clients, an EC2 client per region as the pool hands them out (`inRegion`). */
function regionalClients(): AwsClients {
  const base = fakeClients(
    'us-east-1',
    new Route53Client({ region: 'us-east-1', credentials: FAKE_CREDENTIALS }),
    new S3Client({ region: 'us-east-1', credentials: FAKE_CREDENTIALS }),
  );
  const ec2Clients = new Map<string, EC2Client>();
  const inRegion = <C>(clientClass: AwsClientClass<C>, region: string): C => {
    if ((clientClass as unknown) !== EC2Client) return base.inRegion(clientClass, region);
    let client = ec2Clients.get(region);
    if (!client)
      ec2Clients.set(region, (client = new EC2Client({ region, credentials: FAKE_CREDENTIALS })));
    return client as C;
  };
  return { ...base, inRegion };
}

const collect = () => collectRoute53Snapshot(unitContext(regionalClients(), ACCOUNT));
const scan = () => drainEvents(route53Scanner.scan(unitContext(regionalClients(), ACCOUNT)));

/** Whether a network interface matches one EC2 filter (the two the collector sends). */
function eniMatches(eni: NetworkInterface, filter: Filter): boolean {
  const values = new Set(filter.Values ?? []);
  if (filter.Name === 'association.public-ip')
    return [eni.Association, ...(eni.PrivateIpAddresses ?? []).map((p) => p.Association)].some(
      (a) => a?.PublicIp !== undefined && values.has(a.PublicIp),
    );
  if (filter.Name === 'ipv6-addresses.ipv6-address')
    return (eni.Ipv6Addresses ?? []).some((a) => values.has(a.Ipv6Address ?? ''));
  throw awsError('InvalidParameterValue', `The filter '${filter.Name}' is invalid`, 400);
}

let addressInputs: [string, DescribeAddressesCommandInput][] = [];
let interfaceInputs: [string, DescribeNetworkInterfacesCommandInput][] = [];

let zoneInputs: ListHostedZonesCommandInput[] = [];
let recordInputs: ListResourceRecordSetsCommandInput[] = [];
let bucketInputs: ListBucketsCommandInput[] = [];

afterEach(() => {
  vi.unstubAllEnvs();
});

beforeEach(() => {
  route53.reset();
  s3.reset();
  ec2.reset();
  zoneInputs = [];
  recordInputs = [];
  bucketInputs = [];
  addressInputs = [];
  interfaceInputs = [];
  vi.stubEnv(IP_RANGES_URL_ENV, IP_RANGES_FILE);
  ec2
    .on(DescribeAddressesCommand)
    .callsFake(async (input: DescribeAddressesCommandInput, getClient) => {
      const region = await getClient().config.region();
      addressInputs.push([region, { ...input }]);
      const filter = input.Filters?.find((f) => f.Name === 'public-ip');
      const values = new Set(filter?.Values ?? []);
      return {
        $metadata: {},
        Addresses: (EC2_ADDRESSES[region] ?? []).filter(
          (a) => !filter || values.has(a.PublicIp ?? ''),
        ),
      };
    });
  ec2
    .on(DescribeNetworkInterfacesCommand)
    .callsFake(async (input: DescribeNetworkInterfacesCommandInput, getClient) => {
      const region = await getClient().config.region();
      interfaceInputs.push([region, { ...input }]);
      const matching = (EC2_INTERFACES[region] ?? []).filter((eni) =>
        (input.Filters ?? []).every((f) => eniMatches(eni, f)),
      );
      // One interface a page, to be read across pages.
      const at = Number(input.NextToken ?? 0);
      return {
        $metadata: {},
        NetworkInterfaces: matching.slice(at, at + 1),
        ...(at + 1 < matching.length ? { NextToken: String(at + 1) } : {}),
      };
    });
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
          ...regionalClients(),
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
          ...regionalClients(),
          shared: () => Promise.reject(cancelled),
        },
        ACCOUNT,
      ),
    );
    expect(snapshot.buckets?.state).toBe('available');
    expect(bucketInputs).toHaveLength(2);
  });

  it('sends ListQueryLoggingConfigs without waiting for ListHostedZones, and reads the zones without waiting for it', async () => {
    const expected = await collect();
    route53.resetHistory();
    const zonesHeld = deferred();
    const loggingHeld = deferred();
    const loggingSent = deferred();
    const recordsSent = deferred();
    route53.on(ListHostedZonesCommand).callsFake(async (input: ListHostedZonesCommandInput) => {
      await zonesHeld.promise;
      return input.Marker === ZONE.legacy ? zonesPage2 : zonesPage1;
    });
    route53.on(ListQueryLoggingConfigsCommand).callsFake(async () => {
      loggingSent.resolve();
      await loggingHeld.promise;
      return queryLogging;
    });
    route53
      .on(ListResourceRecordSetsCommand)
      .callsFake((input: ListResourceRecordSetsCommandInput) => {
        recordsSent.resolve();
        const pages = RECORDS[input.HostedZoneId ?? ''];
        if (!pages) throw awsError('NoSuchHostedZone', 'No hosted zone found', 404);
        return input.StartRecordName ? pages[1] : pages[0];
      });

    const snapshot = collect();
    // Each wait below hangs (the test times out) if the call is only sent after the held one.
    await loggingSent.promise;
    expect(route53.commandCalls(ListHostedZonesCommand)).toHaveLength(1);
    zonesHeld.resolve();
    await recordsSent.promise;
    expect(route53.commandCalls(ListQueryLoggingConfigsCommand)).toHaveLength(1);
    loggingHeld.resolve();

    expect(await snapshot).toEqual(expected);
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
      ['ec2', ec2],
    ]);
  });
});

describe('route53Scanner: A/AAAA records on EC2 addresses', () => {
  /** A local server answering every request with `answer` (or holding it when undefined). */
  async function serve(answer?: (res: ServerResponse) => void) {
    const server: Server = createServer((_req, res) => answer?.(res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ip-ranges.json`;
    const close = () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    return { url, close };
  }

  it('looks up, per region of EC2’s ranges, the Elastic IPs in one call and the interfaces holding the public zones’ EC2 addresses', async () => {
    await collect();

    const inRegion = <T>(inputs: [string, T][], region: string) =>
      inputs.filter(([r]) => r === region).map(([, input]) => input);
    expect(addressInputs.map(([region]) => region).sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(inRegion(addressInputs, 'us-east-1')).toEqual([{}]);
    expect(inRegion(addressInputs, 'eu-west-1')).toEqual([{}]);
    // us-east-1's IPv4 filter matches two interfaces, answered one a page: two pages.
    const v4 = [{ Name: 'association.public-ip', Values: [EC2_IP.instance, EC2_IP.eip] }];
    expect(inRegion(interfaceInputs, 'us-east-1')).toEqual([
      { Filters: v4, MaxResults: 1000 },
      { Filters: v4, MaxResults: 1000, NextToken: '1' },
      {
        Filters: [{ Name: 'ipv6-addresses.ipv6-address', Values: [EC2_IP.instanceV6] }],
        MaxResults: 1000,
      },
    ]);
    expect(inRegion(interfaceInputs, 'eu-west-1')).toEqual([
      { Filters: [{ Name: 'association.public-ip', Values: [EC2_IP.released] }], MaxResults: 1000 },
    ]);
  });

  it('resolves each address: Elastic IP, network interface, released; outside EC2’s ranges not looked up', async () => {
    const snapshot = await collect();

    expect(snapshot.ipOwnership).toEqual({
      state: 'available',
      value: {
        syncToken: '1733497987',
        regions: {
          [EC2_IP.instance]: 'us-east-1',
          [EC2_IP.eip]: 'us-east-1',
          [EC2_IP.instanceV6]: 'us-east-1',
          [EC2_IP.released]: 'eu-west-1',
        },
        owners: {
          'us-east-1': {
            addresses: { state: 'available', value: { [EC2_IP.eip]: EIP_ALLOCATION } },
            interfaces: {
              state: 'available',
              value: {
                [EC2_IP.eip]: 'eni-0a1b2c3d4e5f60718',
                [EC2_IP.instance]: INSTANCE_ENI,
                [EC2_IP.instanceV6]: INSTANCE_ENI,
              },
            },
          },
          'eu-west-1': {
            addresses: { state: 'available', value: {} },
            interfaces: { state: 'available', value: {} },
          },
        },
      },
    });
    const zone = snapshot.zones.find((z) => z.id === ZONE.public)!;
    expect(zone.records.state === 'available' && zone.records.value.ipRecords).toEqual([
      { name: 'www.example.com.', type: 'A', ip: '198.51.100.7' },
      { name: 'api.example.com.', type: 'A', ip: EC2_IP.eip },
      { name: 'app.example.com.', type: 'A', ip: EC2_IP.instance },
      { name: 'app.example.com.', type: 'AAAA', ip: EC2_IP.instanceV6 },
      { name: 'old.example.com.', type: 'A', ip: EC2_IP.released },
      { name: 'edge.example.com.', type: 'A', ip: '13.32.0.5' },
      { name: 'edge.example.com.', type: 'A', ip: '52.94.0.10' },
    ]);

    const events = await scan();
    expect(valueOf(events, ARN.public, K.danglingIpRecordCount)).toBe(1);
    expect(valueOf(events, ARN.internal, K.danglingIpRecordCount)).toBeUndefined();
    expect(valueOf(events, ARN.legacy, K.danglingIpRecordCount)).toBeUndefined();
    expect(run(danglingIpCheck, snapshot)).toEqual([
      {
        resource_id: ARN.public,
        status: 'FAIL',
        reason:
          "public zone example.com. has 1 address in EC2's ranges that the account does not hold (neither an Elastic IP nor a network interface's): old.example.com. (A → 54.72.10.20, eu-west-1)",
      },
    ]);
  });

  it('is ERROR for the zone when DescribeAddresses is denied in the region of its released address', async () => {
    ec2.on(DescribeAddressesCommand).callsFake(async (input, getClient) => {
      const region = await getClient().config.region();
      addressInputs.push([region, { ...(input as DescribeAddressesCommandInput) }]);
      if (region === 'eu-west-1')
        throw awsError(
          'UnauthorizedOperation',
          'You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/CloudDiagnoze/scan is not authorized to perform: ec2:DescribeAddresses',
          403,
        );
      return { $metadata: {}, Addresses: EC2_ADDRESSES[region]!.slice(0, 1) };
    });

    const snapshot = await collect();
    const events = [...extractRoute53Events(snapshot)];

    expect(valueOf(events, ARN.public, K.readError)).toEqual([
      'ec2:DescribeAddresses: UnauthorizedOperation',
    ]);
    expect(valueOf(events, ARN.public, K.danglingIpRecordCount)).toBeUndefined();
    const [result] = run(danglingIpCheck, snapshot);
    expect(result).toMatchObject({ resource_id: ARN.public, status: 'ERROR' });
    expect(result!.reason).toContain(
      'the holder of 54.72.10.20 (old.example.com. in zone example.com., eu-west-1) could not be read: ec2:DescribeAddresses was denied (UnauthorizedOperation)',
    );
  });

  it('is ERROR naming the download when ip-ranges.json cannot be reached, with no EC2 call', async () => {
    const closed = await serve();
    await closed.close();
    vi.stubEnv(IP_RANGES_URL_ENV, closed.url);

    const snapshot = await collect();

    expect(ec2.calls()).toHaveLength(0);
    expect(snapshot.ipOwnership).toMatchObject({
      state: 'failed',
      action: `GET ${closed.url}`,
      errorCode: 'ECONNREFUSED',
    });
    const events = [...extractRoute53Events(snapshot)];
    expect(valueOf(events, ARN.public, K.readError)).toEqual([`GET ${closed.url}: ECONNREFUSED`]);
    expect(run(danglingIpCheck, snapshot)[0]).toMatchObject({
      status: 'ERROR',
      reason: expect.stringContaining(`could not be read: GET ${closed.url} failed (ECONNREFUSED)`),
    });
  });

  it('reads ip-ranges.json over HTTP', async () => {
    const body = readFileSync(IP_RANGES_FILE, 'utf8');
    let requests = 0;
    const server = await serve((res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    vi.stubEnv(IP_RANGES_URL_ENV, server.url);
    try {
      const snapshot = await collect();
      expect(requests).toBe(1);
      expect(snapshot.ipOwnership?.state).toBe('available');
    } finally {
      await server.close();
    }
  });

  it('calls neither ip-ranges.json nor EC2 when no public zone has an A/AAAA record (the private zone’s are not judged)', async () => {
    vi.stubEnv(IP_RANGES_URL_ENV, '/nonexistent/ip-ranges.json');
    route53
      .on(ListResourceRecordSetsCommand, { HostedZoneId: ZONE.public })
      .resolves(RECORDS[ZONE.legacy]![0]!);

    const snapshot = await collect();

    expect(snapshot.ipOwnership).toBeUndefined();
    expect(ec2.calls()).toHaveLength(0);
    const internal = snapshot.zones.find((z) => z.id === ZONE.internal)!;
    expect(internal.records).toMatchObject({
      state: 'available',
      value: { ipRecords: [{ name: 'legacy.corp.internal.', type: 'A', ip: '3.80.9.9' }] },
    });
  });

  it('gives EC2 at most 200 values a filter, and lists Elastic IPs once whatever the count', async () => {
    const many = Array.from({ length: 250 }, (_, i) => `44.192.${Math.floor(i / 200)}.${i % 200}`);
    route53.on(ListResourceRecordSetsCommand, { HostedZoneId: ZONE.public }).resolves({
      $metadata: {},
      ResourceRecordSets: many.map((ip, i) => ({
        Name: `h${i}.example.com.`,
        Type: 'A' as const,
        TTL: 60,
        ResourceRecords: [{ Value: ip }],
      })),
      IsTruncated: false,
      MaxItems: 300,
    });

    const snapshot = await collect();

    expect(addressInputs).toEqual([['us-east-1', {}]]);
    expect(interfaceInputs.map(([region, i]) => [region, i.Filters![0]!.Values!.length])).toEqual([
      ['us-east-1', 200],
      ['us-east-1', 50],
    ]);
    expect(run(danglingIpCheck, snapshot)[0]).toMatchObject({
      status: 'FAIL',
      reason: expect.stringContaining('has 250 addresses in EC2'),
    });
  });
});
