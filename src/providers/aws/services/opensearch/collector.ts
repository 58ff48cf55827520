import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  DescribeDomainConfigCommand,
  DescribeDomainsCommand,
  ListDomainNamesCommand,
  OpenSearchClient,
} from '@aws-sdk/client-opensearch';
import pLimit from 'p-limit';
import { collectResourceStats, type StatSpec } from '../../cloudwatch-stats.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { readHourlyPrices } from '../../pricing.js';
import { guardedRead, type Read } from '../../read.js';
import { mapDomainStatus } from './mapper.js';
import {
  domainArn,
  type Domain,
  type DomainConfig,
  type OpenSearchRegionSnapshot,
  type OpenSearchStatField,
} from './model.js';
import { billedNodes, isIdleDomain, servedNoRequest } from './signals.js';

/** DescribeDomains takes at most 5 domain names a call. */
const DESCRIBE_BATCH = 5;
const ACTION = 'es:DescribeDomains';
/** DescribeDomainConfig takes one domain: at most this many run at once. */
const CONFIG_CONCURRENCY = 5;

const STATS: readonly StatSpec<OpenSearchStatField>[] = [
  { field: 'cpu', namespace: 'AWS/ES', metricName: 'CPUUtilization', stat: 'Average' },
  { field: 'freeStorageMb', namespace: 'AWS/ES', metricName: 'FreeStorageSpace', stat: 'Minimum' },
  { field: 'searchRate', namespace: 'AWS/ES', metricName: 'SearchRate', stat: 'Sum' },
  { field: 'indexingRate', namespace: 'AWS/ES', metricName: 'IndexingRate', stat: 'Sum' },
];

/**
 * When a domain was created: its cluster configuration's CreationDate (DescribeDomainConfig, one
 * domain a call: DescribeDomains does not say, and there is no batch form).
 */
async function readCreatedTime(
  ctx: AwsUnitContext,
  client: OpenSearchClient,
  name: string,
): Promise<Read<string>> {
  return guardedRead(
    ctx,
    'es:DescribeDomainConfig',
    async () => {
      const answer = await client.send(new DescribeDomainConfigCommand({ DomainName: name }), {
        abortSignal: ctx.signal,
      });
      const created = answer.DomainConfig?.ClusterConfig?.Status?.CreationDate;
      if (!created)
        throw Object.assign(new Error(`no creation date for ${name}`), {
          name: 'CreationDateMissing',
        });
      return created.toISOString();
    },
    { absentCodes: ['ResourceNotFoundException'] },
  );
}

/** Every domain's configuration, five domains a DescribeDomains call; a failed batch is unread on its domains. */
async function describeDomains(
  ctx: AwsUnitContext,
  client: OpenSearchClient,
  names: readonly string[],
): Promise<Map<string, { arn?: string; config: Read<DomainConfig> }>> {
  const out = new Map<string, { arn?: string; config: Read<DomainConfig> }>();
  for (let i = 0; i < names.length; i += DESCRIBE_BATCH) {
    const batch = names.slice(i, i + DESCRIBE_BATCH);
    const answer = await guardedRead(ctx, ACTION, () =>
      client.send(new DescribeDomainsCommand({ DomainNames: batch }), { abortSignal: ctx.signal }),
    );
    if (answer.state !== 'available') {
      for (const name of batch) out.set(name, { config: answer });
      continue;
    }
    for (const status of answer.value.DomainStatusList ?? [])
      if (status.DomainName)
        out.set(status.DomainName, {
          ...(status.ARN ? { arn: status.ARN } : {}),
          config: { state: 'available', value: mapDomainStatus(status, ctx.accountId) },
        });
  }
  return out;
}

/**
 * One region's domains: ListDomainNames (one call, not paged; the unit fails only if it fails),
 * DescribeDomains five domains a call (its maximum), every domain's CPU, free storage, search and
 * indexing rates in one batched GetMetricData fetch, the creation date of each domain that served
 * no request over the window (DescribeDomainConfig: is it idle over the whole window?) and, with
 * options.cost, the hourly price of the idle ones' instance types. A domain DescribeDomains no
 * longer returns (deleted since the list) is not reported.
 */
export async function collectOpenSearchSnapshot(
  ctx: AwsUnitContext,
): Promise<OpenSearchRegionSnapshot> {
  const client = ctx.clients.get(OpenSearchClient);
  const listed =
    (
      await client.send(new ListDomainNamesCommand({}), { abortSignal: ctx.signal })
    ).DomainNames?.flatMap((d) =>
      d.DomainName ? [{ name: d.DomainName, engineType: d.EngineType }] : [],
    ) ?? [];
  const described = await describeDomains(
    ctx,
    client,
    listed.map((d) => d.name),
  );
  const domains: Domain[] = listed.flatMap((d) => {
    const read = described.get(d.name);
    if (!read) return [];
    if (read.config.state === 'available' && read.config.value.deleted) return [];
    return [
      {
        name: d.name,
        arn: read.arn ?? domainArn(ctx.region, ctx.accountId, d.name),
        ...(d.engineType ? { engineType: d.engineType } : {}),
        config: read.config,
      },
    ];
  });
  const performance = await collectResourceStats(
    ctx,
    ctx.clients.get(CloudWatchClient),
    domains.map((d) => ({
      id: d.arn,
      dimensions: [
        { name: 'DomainName', value: d.name },
        { name: 'ClientId', value: ctx.accountId },
      ],
    })),
    STATS,
  );
  const limit = pLimit(CONFIG_CONCURRENCY);
  const dated = await Promise.all(
    domains.map(async (d) =>
      servedNoRequest(d, performance) === true
        ? { ...d, createdTime: await limit(() => readCreatedTime(ctx, client, d.name)) }
        : d,
    ),
  );
  const idleTypes = dated.flatMap((d) =>
    d.config.state === 'available' && isIdleDomain(d, performance) === true
      ? billedNodes(d.config.value).map((n) => n.instanceType)
      : [],
  );
  const pricing = await readHourlyPrices(ctx, idleTypes, (book, type) =>
    book.openSearchInstanceHourly(ctx.region, type),
  );
  return { region: ctx.region, domains: dated, performance, pricing };
}
