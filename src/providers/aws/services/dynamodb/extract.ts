import type { EventDraft } from '../../../../core/index.js';
import { pricingUnavailableEvent } from '../../pricing.js';
import { readError } from '../../read.js';
import { DYNAMODB_METRIC as D } from './metrics.js';
import type { DynamoRegionSnapshot, DynamoTable } from './model.js';
import { capacityWaste, isUnusedTable, provisionedUnits } from './signals.js';

type Value = EventDraft['metric_value'];

/** aws_owned, aws_managed, customer_managed; `kms` when the key's manager is unknown. */
export function encryptionKind(
  table: DynamoTable,
  keyManagers: DynamoRegionSnapshot['keyManagers'],
): string {
  if (table.encryption.type === 'aws_owned') return 'aws_owned';
  const manager = keyManagers[table.encryption.kmsKeyArn];
  if (manager?.state !== 'available') return 'kms';
  return manager.value === 'CUSTOMER' ? 'customer_managed' : 'aws_managed';
}

function* tableFacts(
  table: DynamoTable,
  snapshot: DynamoRegionSnapshot,
): Generator<[string, Value]> {
  const units = provisionedUnits(table);
  yield [D.tableName, table.name];
  yield [D.tableStatus, table.status];
  yield [D.billingMode, table.billingMode];
  yield [D.readCapacityUnits, units.read];
  yield [D.writeCapacityUnits, units.write];
  yield [D.globalIndexCount, table.globalIndexes.length];
  yield [D.itemCount, table.itemCount];
  yield [D.sizeBytes, table.sizeBytes];
  yield [D.tableClass, table.tableClass];
  if (table.createdAt) yield [D.createdAt, table.createdAt];
  yield [D.globalTable, table.replicaRegions];
  yield [D.deletionProtection, table.deletionProtection];
  if (table.tags.state === 'available') yield [D.tags, table.tags.value];
  else if (table.tags.state !== 'absent') yield [D.tagsError, readError(table.tags) ?? ''];

  yield [D.encryptionType, encryptionKind(table, snapshot.keyManagers)];
  if (table.encryption.type === 'kms') {
    yield [D.kmsKeyArn, table.encryption.kmsKeyArn];
    const manager = snapshot.keyManagers[table.encryption.kmsKeyArn];
    if (manager && manager.state !== 'available') yield [D.kmsKeyError, readError(manager) ?? ''];
  }
  if (table.backups.state === 'available') yield [D.pitrEnabled, table.backups.value.pitrEnabled];
  else if (table.backups.state !== 'absent') yield [D.backupsError, readError(table.backups) ?? ''];
}

/** Pure: the region's tables → events (on each table's ARN; pricing failures on the region). */
export function* extractDynamoEvents(
  snapshot: DynamoRegionSnapshot,
  ctx: { accountId: string; region: string },
): Generator<EventDraft> {
  const { performance, pricing } = snapshot;
  for (const table of snapshot.tables) {
    const fact = (metric_type: string, metric_value: Value): EventDraft => ({
      resource_id: table.arn,
      metric_type,
      metric_value,
    });
    for (const [metric, value] of tableFacts(table, snapshot)) yield fact(metric, value);

    if (performance.status === 'unavailable') {
      yield fact(D.performanceDataUnavailable, {
        reason: 'cloudwatch_error',
        error_code: performance.errorCode,
      });
      continue;
    }
    const usage = performance.tables[table.name] ?? {};
    if (usage.consumedReadUnits !== undefined)
      yield fact(D.consumedReadUnits, usage.consumedReadUnits);
    if (usage.consumedWriteUnits !== undefined)
      yield fact(D.consumedWriteUnits, usage.consumedWriteUnits);
    if (usage.throttledRequests !== undefined)
      yield fact(D.throttledRequests, usage.throttledRequests);
    const unused = isUnusedTable(table, performance);
    if (unused !== undefined) yield fact(D.unusedTable, unused);

    if (pricing.state !== 'available') continue;
    const waste = capacityWaste(table, performance, pricing.value);
    if (!waste) continue;
    yield fact(D.estimatedMonthlyWasteUsd, waste.monthlyUsd);
    yield fact(D.wasteEstimate, {
      reason: waste.reason,
      provisioned_monthly_usd: waste.provisionedMonthlyUsd,
      on_demand_monthly_usd: waste.onDemandMonthlyUsd,
      monthly_usd: waste.monthlyUsd,
      read_units: waste.readUnits,
      write_units: waste.writeUnits,
      consumed_read_units_per_month: waste.consumedReadUnitsPerMonth,
      consumed_write_units_per_month: waste.consumedWriteUnitsPerMonth,
      currency: 'USD',
      price_source: `AWS Price List, on-demand, ${ctx.region}`,
    });
  }

  const unavailable = pricingUnavailableEvent(
    pricing,
    { service: 'dynamodb', ...ctx },
    D.pricingUnavailable,
    'provisioned tables',
  );
  if (unavailable) yield unavailable;
}
