import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  paginateListTables,
} from '@aws-sdk/client-dynamodb';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import pLimit from 'p-limit';
import { metricWindow, MetricsCollector } from '../../cloudwatch.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { PriceBook } from '../../pricing.js';
import { guardedRead, readFailure, type Read } from '../../read.js';
import { regionTags, tagsOf } from '../../tagging.js';
import { capacityPrices, mapContinuousBackups, mapTable, type DescribedTable } from './mapper.js';
import type {
  DynamoPerformance,
  DynamoPricing,
  DynamoRegionSnapshot,
  DynamoTable,
} from './model.js';
import { assembleTableUsage, planTableQueries } from './performance.js';

/** ListTables returns at most 100 names a page. */
const PAGE_SIZE = 100;
/**
 * DescribeTable and DescribeContinuousBackups take one table: DynamoDB has no batch form of them.
 * At most this many tables are read at once. Tags come from one GetResources listing instead.
 */
const TABLE_READ_CONCURRENCY = 5;
/** The table was deleted between the list and the read. */
const GONE = ['ResourceNotFoundException', 'TableNotFoundException'];

/**
 * DescribeTable and DescribeContinuousBackups of one table, sent at once: neither needs the other's
 * answer, the name comes from the listing. Promise.all observes both, so neither rejection is lost.
 */
async function readTable(
  ctx: AwsUnitContext,
  client: DynamoDBClient,
  name: string,
): Promise<Omit<DynamoTable, 'tags'> | undefined> {
  const options = { abortSignal: ctx.signal };
  const [described, backups] = await Promise.all([
    describeTable(ctx, client, name),
    guardedRead(
      ctx,
      'dynamodb:DescribeContinuousBackups',
      async () =>
        mapContinuousBackups(
          (await client.send(new DescribeContinuousBackupsCommand({ TableName: name }), options))
            .ContinuousBackupsDescription,
        ),
      { absentCodes: GONE },
    ),
  ]);
  return described ? { ...described, backups } : undefined;
}

async function describeTable(
  ctx: AwsUnitContext,
  client: DynamoDBClient,
  name: string,
): Promise<DescribedTable | undefined> {
  try {
    return mapTable(
      (
        await client.send(new DescribeTableCommand({ TableName: name }), {
          abortSignal: ctx.signal,
        })
      ).Table,
    );
  } catch (error) {
    // A table deleted since the listing is skipped; any other failure fails the unit, since the
    // table's every fact depends on it.
    if (
      !ctx.signal.aborted &&
      readFailure('dynamodb:DescribeTable', error, GONE).state === 'absent'
    )
      return undefined;
    throw error;
  }
}

/** Who manages each KMS key the tables name: one DescribeKey per distinct key, not per table. */
async function readKeyManagers(
  ctx: AwsUnitContext,
  tables: readonly Pick<DynamoTable, 'encryption'>[],
): Promise<Record<string, Read<string>>> {
  const keys = [
    ...new Set(
      tables.flatMap((t) => (t.encryption.type === 'kms' ? [t.encryption.kmsKeyArn] : [])),
    ),
  ].sort();
  if (keys.length === 0) return {};
  const kms = ctx.clients.get(KMSClient);
  const limit = pLimit(TABLE_READ_CONCURRENCY);
  const reads = await Promise.all(
    keys.map((key) =>
      limit(() =>
        guardedRead(
          ctx,
          'kms:DescribeKey',
          async () =>
            (await kms.send(new DescribeKeyCommand({ KeyId: key }), { abortSignal: ctx.signal }))
              .KeyMetadata?.KeyManager ?? 'unknown',
          { absentCodes: ['NotFoundException'] },
        ),
      ),
    ),
  );
  return Object.fromEntries(keys.map((key, i) => [key, reads[i]!]));
}

async function collectPerformance(
  ctx: AwsUnitContext,
  tables: readonly Pick<DynamoTable, 'name' | 'globalIndexes'>[],
): Promise<DynamoPerformance> {
  const windowDays = ctx.options.metrics_window_days;
  const window = metricWindow(ctx.clock.now(), windowDays, ctx.options.metrics_period_seconds);
  const collected = {
    status: 'collected' as const,
    windowDays,
    windowStart: window.start.toISOString(),
  };
  const plan = planTableQueries(tables);
  if (plan.queries.length === 0) return { ...collected, tables: {} };
  const metrics = new MetricsCollector(window);
  metrics.add(plan.queries);
  const data = await guardedRead(ctx, 'cloudwatch:GetMetricData', () =>
    metrics.fetch(ctx.clients.get(CloudWatchClient), { signal: ctx.signal, meter: ctx.meter }),
  );
  if (data.state !== 'available') return { status: 'unavailable', errorCode: data.errorCode };
  return { ...collected, tables: assembleTableUsage(plan, data.value) };
}

/** The region's capacity prices, only for a scan with options.cost and a provisioned table. */
async function collectPricing(
  ctx: AwsUnitContext,
  tables: readonly Pick<DynamoTable, 'billingMode'>[],
): Promise<DynamoPricing> {
  if (!ctx.options.cost || !tables.some((t) => t.billingMode === 'PROVISIONED'))
    return { state: 'not_requested' };
  const book = new PriceBook({ clients: ctx.clients, cache: ctx.cache, signal: ctx.signal });
  return guardedRead(ctx, 'pricing:GetProducts', async () => {
    const products = await book.products({
      serviceCode: 'AmazonDynamoDB',
      filters: [{ field: 'regionCode', value: ctx.region }],
    });
    const prices = capacityPrices(products);
    if (!prices)
      throw Object.assign(new Error(`no DynamoDB capacity price for ${ctx.region}`), {
        name: 'PriceNotFound',
      });
    return prices;
  });
}

/**
 * One region's DynamoDB snapshot: the paginated table listing and each table's description (the
 * unit fails only if these fail) with, at the same time, its continuous backups; every table's tags
 * in one paginated GetResources listing, alongside; once the tables are described, the KMS keys'
 * managers, every table's consumed capacity in one batched GetMetricData fetch (a table's global
 * indexes come from DescribeTable) and, with options.cost, the prices.
 */
export async function collectDynamoSnapshot(ctx: AwsUnitContext): Promise<DynamoRegionSnapshot> {
  const client = ctx.clients.get(DynamoDBClient);
  const names = await collectPages(
    paginateListTables({ client, pageSize: PAGE_SIZE }, {}, { abortSignal: ctx.signal }),
    (page) => page.TableNames,
    (name) => name,
    ctx.signal,
  );
  const limit = pLimit(TABLE_READ_CONCURRENCY);
  const described = Promise.all(names.map((name) => limit(() => readTable(ctx, client, name))));
  // The key managers, the statistics and the prices need the descriptions (KMS keys, global
  // indexes, billing modes), not the tags: they start once the tables are read, tags or not.
  const derived = described.then(async (read) => {
    const found = read.filter((t) => t !== undefined);
    const [keyManagers, performance, pricing] = await Promise.all([
      readKeyManagers(ctx, found),
      collectPerformance(ctx, found),
      collectPricing(ctx, found),
    ]);
    return { keyManagers, performance, pricing };
  });
  const [read, tags, { keyManagers, performance, pricing }] = await Promise.all([
    described,
    // Every table's tags in one GetResources listing (none for a region without tables).
    names.length === 0 ? undefined : regionTags(ctx, 'dynamodb:table'),
    derived,
  ]);
  const tables: DynamoTable[] = read.flatMap((t) =>
    t && tags ? [{ ...t, tags: tagsOf(tags, t.arn) }] : [],
  );
  return { region: ctx.region, tables, keyManagers, performance, pricing };
}
