import {
  GetDNSSECCommand,
  ListResourceRecordSetsCommand,
  paginateListHostedZones,
  paginateListQueryLoggingConfigs,
  Route53Client,
  type ListResourceRecordSetsCommandInput,
  type ResourceRecordSet,
} from '@aws-sdk/client-route-53';
import {
  DescribeAddressesCommand,
  EC2Client,
  paginateDescribeNetworkInterfaces,
  type Filter,
} from '@aws-sdk/client-ec2';
import { S3Client } from '@aws-sdk/client-s3';
import pLimit from 'p-limit';
import { untilAborted } from '../../../../lib/async.js';
import { ACCOUNT_BUCKETS_KEY, listAccountBuckets, type BucketList } from '../s3/bucket-list.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { guardedRead, type Read } from '../../read.js';
import { canonicalIp, Ec2RangeIndex, loadEc2Ranges } from './ip-ranges.js';
import { mapZone, recordTargets, s3Target, zoneId } from './mapper.js';
import {
  MAX_RECORD_TARGETS,
  type HostedZone,
  type IpOwnership,
  type IpRecord,
  type RegionIpOwners,
  type RecordTarget,
  type Route53Snapshot,
  type S3RecordTarget,
  type ZoneRecords,
} from './model.js';

/** ListHostedZones and ListQueryLoggingConfigs answer at most 100 items a page. */
const PAGE_SIZE = 100;
/** ListResourceRecordSets answers at most 300 record sets a page. */
const RECORD_PAGE_SIZE = 300;
/** ListResourceRecordSets and GetDNSSEC take one zone: Route 53 has no batch form. */
const ZONE_CONCURRENCY = 5;
/** Values one EC2 filter is given at a time. */
const FILTER_VALUES = 200;
/** DescribeNetworkInterfaces answers at most 1,000 interfaces a page. */
const ENI_PAGE_SIZE = 1000;
/** Regions whose EC2 reads run at once. */
const REGION_CONCURRENCY = 4;

/**
 * The account's hosted zones: the paginated ListHostedZones (the unit fails only if it fails) and,
 * at the same time, ListQueryLoggingConfigs once for all zones; once the zones are listed, per zone
 * ListResourceRecordSets (all pages; CNAME and alias targets kept) and, for a public zone,
 * GetDNSSEC. A zone deleted between the list and its reads (NoSuchHostedZone) is not reported. When a public zone has a record pointing at an S3
 * endpoint, the account's buckets (s3:ListBuckets, once per scan, shared with the S3 unit). When a
 * public zone has an A/AAAA record (not an alias), AWS's ip-ranges.json, and in each region whose
 * EC2 ranges hold one of those addresses, the account's Elastic IPs and network interfaces that
 * have them (ec2:DescribeAddresses, ec2:DescribeNetworkInterfaces).
 */
export async function collectRoute53Snapshot(ctx: AwsUnitContext): Promise<Route53Snapshot> {
  const client = ctx.clients.get(Route53Client);
  const options = { abortSignal: ctx.signal };
  // ListHostedZones and ListQueryLoggingConfigs do not need each other: both are sent at once (the
  // zones' reads wait only for the zones). Promise.all observes both, so neither rejection is lost.
  const queryLoggingRead = guardedRead(ctx, 'route53:ListQueryLoggingConfigs', async () => {
    const out: Record<string, string> = {};
    for await (const page of paginateListQueryLoggingConfigs(
      { client, pageSize: PAGE_SIZE },
      {},
      options,
    )) {
      for (const c of page.QueryLoggingConfigs ?? [])
        if (c.HostedZoneId) out[zoneId(c.HostedZoneId)] = c.CloudWatchLogsLogGroupArn ?? '';
      ctx.signal.throwIfAborted();
    }
    return out;
  });
  const limit = pLimit(ZONE_CONCURRENCY);
  const zonesRead = collectPages(
    paginateListHostedZones({ client, pageSize: PAGE_SIZE }, {}, options),
    (page) => page.HostedZones,
    mapZone,
    ctx.signal,
  ).then((listed) =>
    Promise.all(
      listed.map((z) =>
        limit(async (): Promise<HostedZone> => {
          const records = await guardedRead(
            ctx,
            'route53:ListResourceRecordSets',
            () => readRecords(client, z.id, options, ctx.signal),
            { absentCodes: ['NoSuchHostedZone'] },
          );
          const dnssec = z.private
            ? undefined
            : await guardedRead(
                ctx,
                'route53:GetDNSSEC',
                async () => {
                  const answer = await client.send(
                    new GetDNSSECCommand({ HostedZoneId: z.id }),
                    options,
                  );
                  return answer.Status?.ServeSignature ?? 'NOT_SIGNING';
                },
                { absentCodes: ['NoSuchHostedZone'] },
              );
          return {
            arn: `arn:aws:route53:::hostedzone/${z.id}`,
            ...z,
            records,
            ...(dnssec ? { dnssec } : {}),
          };
        }),
      ),
    ),
  );
  const [zones, queryLogging] = await Promise.all([zonesRead, queryLoggingRead]);
  const kept = zones.filter((z) => z.records.state !== 'absent' && z.dnssec?.state !== 'absent');
  const pointsAtS3 = kept.some(
    (z) => !z.private && z.records.state === 'available' && z.records.value.s3Targets.length > 0,
  );
  const buckets = pointsAtS3
    ? await guardedRead(ctx, 's3:ListBuckets', async () =>
        (await accountBuckets(ctx)).buckets.map((b) => b.name),
      )
    : undefined;
  const publicIps = new Set(
    kept.flatMap((z) =>
      !z.private && z.records.state === 'available'
        ? z.records.value.ipRecords.map((r) => r.ip)
        : [],
    ),
  );
  const ipOwnership = publicIps.size > 0 ? await readIpOwnership(ctx, [...publicIps]) : undefined;
  return {
    zones: kept,
    queryLogging,
    ...(buckets ? { buckets } : {}),
    ...(ipOwnership ? { ipOwnership } : {}),
  };
}

/**
 * The addresses in EC2's published ranges, each with its region, and per region the account's
 * Elastic IPs (one DescribeAddresses: it lists them all, unpaged) and the network interfaces
 * holding one of them (DescribeNetworkInterfaces filtered on the addresses, 200 values a call).
 */
async function readIpOwnership(ctx: AwsUnitContext, ips: string[]): Promise<Read<IpOwnership>> {
  const ranges = await loadEc2Ranges(ctx);
  if (ranges.state !== 'available') return ranges;
  const index = new Ec2RangeIndex(ranges.value);
  const regions: Record<string, string> = {};
  const byRegion = new Map<string, { v4: string[]; v6: string[] }>();
  for (const ip of [...ips].sort()) {
    const region = index.region(ip);
    if (region === undefined) continue;
    regions[ip] = region;
    let candidates = byRegion.get(region);
    if (!candidates) byRegion.set(region, (candidates = { v4: [], v6: [] }));
    (ip.includes(':') ? candidates.v6 : candidates.v4).push(ip);
  }
  const limit = pLimit(REGION_CONCURRENCY);
  const owners = Object.fromEntries(
    await Promise.all(
      [...byRegion].map(([region, candidates]) =>
        limit(async () => [region, await regionOwners(ctx, region, candidates)] as const),
      ),
    ),
  );
  return { state: 'available', value: { syncToken: ranges.value.syncToken, regions, owners } };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function regionOwners(
  ctx: AwsUnitContext,
  region: string,
  candidates: { v4: string[]; v6: string[] },
): Promise<RegionIpOwners> {
  // Asked for inside each read: a client the pool cannot give is that read's failure.
  const ec2 = () => ctx.clients.inRegion(EC2Client, region);
  const options = { abortSignal: ctx.signal };
  const wanted = new Set([...candidates.v4, ...candidates.v6]);
  // DescribeAddresses has no pages: one call lists the region's Elastic IPs (a quota of a few
  // per region by default), fewer calls than filtering on the candidates 200 at a time.
  const addresses =
    candidates.v4.length === 0
      ? undefined
      : await guardedRead(ctx, 'ec2:DescribeAddresses', async () => {
          const out: Record<string, string> = {};
          const answer = await ec2().send(new DescribeAddressesCommand({}), options);
          for (const a of answer.Addresses ?? [])
            if (a.PublicIp && wanted.has(a.PublicIp))
              out[a.PublicIp] = a.AllocationId ?? a.PublicIp;
          return out;
        });
  const interfaces = await guardedRead(ctx, 'ec2:DescribeNetworkInterfaces', async () => {
    const out: Record<string, string> = {};
    const client = ec2();
    const filters: Filter[] = [
      ...chunks(candidates.v4, FILTER_VALUES).map((Values) => ({
        Name: 'association.public-ip',
        Values,
      })),
      ...chunks(candidates.v6, FILTER_VALUES).map((Values) => ({
        Name: 'ipv6-addresses.ipv6-address',
        Values,
      })),
    ];
    for (const filter of filters) {
      for await (const page of paginateDescribeNetworkInterfaces(
        { client, pageSize: ENI_PAGE_SIZE },
        { Filters: [filter] },
        options,
      )) {
        for (const eni of page.NetworkInterfaces ?? []) {
          const id = eni.NetworkInterfaceId ?? '';
          const held = [
            eni.Association?.PublicIp,
            ...(eni.PrivateIpAddresses ?? []).map((p) => p.Association?.PublicIp),
            ...(eni.Ipv6Addresses ?? []).map((a) =>
              a.Ipv6Address ? canonicalIp(a.Ipv6Address) : undefined,
            ),
          ];
          for (const ip of held) if (ip && wanted.has(ip)) out[ip] = id;
        }
        ctx.signal.throwIfAborted();
      }
    }
    return out;
  });
  return { ...(addresses ? { addresses } : {}), interfaces };
}

/**
 * The account's buckets, through the pool's shared read when it offers one: the first unit to ask
 * lists them, the others await its answer. The shared listing is not tied to this unit's
 * cancellation (another unit may be waiting for it); this unit stops waiting when it is cancelled.
 * A shared listing cancelled with the unit that started it is read again here.
 */
async function accountBuckets(ctx: AwsUnitContext): Promise<BucketList> {
  const client = ctx.clients.get(S3Client);
  const shared = ctx.clients.shared;
  if (!shared) return listAccountBuckets(client, ctx.signal);
  try {
    return await untilAborted(
      shared(ACCOUNT_BUCKETS_KEY, () => listAccountBuckets(client)),
      ctx.signal,
    );
  } catch (error) {
    if (ctx.signal.aborted || !isAbort(error)) throw error;
    return listAccountBuckets(client, ctx.signal);
  }
}

const isAbort = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');

/** Every record set of a zone, paged by StartRecordName/Type/Identifier (no SDK paginator). */
async function readRecords(
  client: Route53Client,
  id: string,
  options: { abortSignal: AbortSignal },
  signal: AbortSignal,
): Promise<ZoneRecords> {
  let count = 0;
  let truncated = false;
  const targets: RecordTarget[] = [];
  const s3Targets: S3RecordTarget[] = [];
  const ipRecords: IpRecord[] = [];
  let ipRecordsTruncated = false;
  let input: ListResourceRecordSetsCommandInput = {
    HostedZoneId: id,
    MaxItems: RECORD_PAGE_SIZE,
  };
  for (;;) {
    const page = await client.send(new ListResourceRecordSetsCommand(input), options);
    for (const r of page.ResourceRecordSets ?? []) {
      count++;
      for (const t of recordTargets(r)) {
        if (targets.length < MAX_RECORD_TARGETS) targets.push(t);
        else truncated = true;
        const s3 = s3Target(t);
        if (s3) s3Targets.push(s3);
      }
      for (const a of recordAddresses(r)) {
        if (ipRecords.length < MAX_RECORD_TARGETS) ipRecords.push(a);
        else ipRecordsTruncated = true;
      }
    }
    signal.throwIfAborted();
    if (!page.IsTruncated || !page.NextRecordName) break;
    input = {
      HostedZoneId: id,
      MaxItems: RECORD_PAGE_SIZE,
      StartRecordName: page.NextRecordName,
      ...(page.NextRecordType ? { StartRecordType: page.NextRecordType } : {}),
      ...(page.NextRecordIdentifier ? { StartRecordIdentifier: page.NextRecordIdentifier } : {}),
    };
  }
  return { count, targets, truncated, s3Targets, ipRecords, ipRecordsTruncated };
}

/** The addresses of an A or AAAA record that is not an alias; none for any other record. */
function recordAddresses(r: ResourceRecordSet): IpRecord[] {
  if (r.AliasTarget || (r.Type !== 'A' && r.Type !== 'AAAA')) return [];
  const type = r.Type;
  return (r.ResourceRecords ?? []).flatMap((v) => {
    const ip = canonicalIp(v.Value ?? '');
    return ip ? [{ name: r.Name ?? '', type, ip }] : [];
  });
}
