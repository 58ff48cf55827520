import {
  GetDNSSECCommand,
  ListResourceRecordSetsCommand,
  paginateListHostedZones,
  paginateListQueryLoggingConfigs,
  Route53Client,
  type ListResourceRecordSetsCommandInput,
} from '@aws-sdk/client-route-53';
import pLimit from 'p-limit';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { guardedRead } from '../../read.js';
import { mapZone, recordTargets, zoneId } from './mapper.js';
import {
  MAX_RECORD_TARGETS,
  type HostedZone,
  type RecordTarget,
  type Route53Snapshot,
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
 * reads (NoSuchHostedZone) is not reported.
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
  return {
    zones: zones.filter((z) => z.records.state !== 'absent' && z.dnssec?.state !== 'absent'),
    queryLogging,
  };
}

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
  let input: ListResourceRecordSetsCommandInput = {
    HostedZoneId: id,
    MaxItems: RECORD_PAGE_SIZE,
  };
  for (;;) {
    const page = await client.send(new ListResourceRecordSetsCommand(input), options);
    for (const r of page.ResourceRecordSets ?? []) {
      count++;
      for (const t of recordTargets(r))
        if (targets.length < MAX_RECORD_TARGETS) targets.push(t);
        else truncated = true;
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
  return { count, targets, truncated };
}
