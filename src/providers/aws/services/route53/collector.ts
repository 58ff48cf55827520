import {
  GetDNSSECCommand,
  ListResourceRecordSetsCommand,
  paginateListHostedZones,
  paginateListQueryLoggingConfigs,
  Route53Client,
  type ListResourceRecordSetsCommandInput,
} from '@aws-sdk/client-route-53';
import { S3Client } from '@aws-sdk/client-s3';
import pLimit from 'p-limit';
import { untilAborted } from '../../../../lib/async.js';
import { ACCOUNT_BUCKETS_KEY, listAccountBuckets, type BucketList } from '../s3/bucket-list.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { guardedRead } from '../../read.js';
import { mapZone, recordTargets, s3Target, zoneId } from './mapper.js';
import {
  MAX_RECORD_TARGETS,
  type HostedZone,
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

/**
 * The account's hosted zones: the paginated ListHostedZones (the unit fails only if it fails),
 * ListQueryLoggingConfigs once for all zones, then per zone ListResourceRecordSets (all pages; CNAME
 * and alias targets kept) and, for a public zone, GetDNSSEC. A zone deleted between the list and its
 * reads (NoSuchHostedZone) is not reported. When a public zone has a record pointing at an S3
 * endpoint, the account's buckets (s3:ListBuckets, once per scan, shared with the S3 unit).
 */
export async function collectRoute53Snapshot(ctx: AwsUnitContext): Promise<Route53Snapshot> {
  const client = ctx.clients.get(Route53Client);
  const options = { abortSignal: ctx.signal };
  const listed = await collectPages(
    paginateListHostedZones({ client, pageSize: PAGE_SIZE }, {}, options),
    (page) => page.HostedZones,
    mapZone,
    ctx.signal,
  );
  const queryLogging = await guardedRead(ctx, 'route53:ListQueryLoggingConfigs', async () => {
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
  const zones = await Promise.all(
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
  );
  const kept = zones.filter((z) => z.records.state !== 'absent' && z.dnssec?.state !== 'absent');
  const pointsAtS3 = kept.some(
    (z) => !z.private && z.records.state === 'available' && z.records.value.s3Targets.length > 0,
  );
  const buckets = pointsAtS3
    ? await guardedRead(ctx, 's3:ListBuckets', async () =>
        (await accountBuckets(ctx)).buckets.map((b) => b.name),
      )
    : undefined;
  return { zones: kept, queryLogging, ...(buckets ? { buckets } : {}) };
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
  return { count, targets, truncated, s3Targets };
}
