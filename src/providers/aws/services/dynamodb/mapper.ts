import type { ContinuousBackupsDescription, TableDescription } from '@aws-sdk/client-dynamodb';
import type { PricedProduct } from '../../pricing.js';
import type { CapacityPrices, ContinuousBackups, DynamoTable } from './model.js';

/** What DescribeTable gives of a table; the backups and tags are added by the collector. */
export type DescribedTable = Omit<DynamoTable, 'backups' | 'tags'>;

export function mapTable(table: TableDescription | undefined): DescribedTable | undefined {
  if (!table?.TableArn || !table.TableName) return undefined;
  const sse = table.SSEDescription;
  return {
    arn: table.TableArn,
    name: table.TableName,
    status: table.TableStatus ?? 'UNKNOWN',
    // A table created before billing modes existed has no summary: it is provisioned.
    billingMode: table.BillingModeSummary?.BillingMode ?? 'PROVISIONED',
    capacity: {
      readUnits: table.ProvisionedThroughput?.ReadCapacityUnits ?? 0,
      writeUnits: table.ProvisionedThroughput?.WriteCapacityUnits ?? 0,
    },
    globalIndexes: (table.GlobalSecondaryIndexes ?? []).flatMap((index) =>
      index.IndexName
        ? [
            {
              name: index.IndexName,
              readUnits: index.ProvisionedThroughput?.ReadCapacityUnits ?? 0,
              writeUnits: index.ProvisionedThroughput?.WriteCapacityUnits ?? 0,
            },
          ]
        : [],
    ),
    itemCount: table.ItemCount ?? 0,
    sizeBytes: table.TableSizeBytes ?? 0,
    ...(table.CreationDateTime ? { createdAt: table.CreationDateTime.toISOString() } : {}),
    deletionProtection: table.DeletionProtectionEnabled ?? false,
    tableClass: table.TableClassSummary?.TableClass ?? 'STANDARD',
    encryption:
      sse?.SSEType === 'KMS' && sse.KMSMasterKeyArn
        ? {
            type: 'kms',
            kmsKeyArn: sse.KMSMasterKeyArn,
            ...(sse.Status ? { status: sse.Status } : {}),
          }
        : { type: 'aws_owned' },
    replicaRegions: (table.Replicas ?? []).flatMap((r) => (r.RegionName ? [r.RegionName] : [])),
    streamEnabled: table.StreamSpecification?.StreamEnabled ?? false,
  };
}

export function mapContinuousBackups(
  description: ContinuousBackupsDescription | undefined,
): ContinuousBackups {
  const pitr = description?.PointInTimeRecoveryDescription;
  return {
    pitrEnabled: pitr?.PointInTimeRecoveryStatus === 'ENABLED',
    ...(pitr?.EarliestRestorableDateTime
      ? { earliestRestorable: pitr.EarliestRestorableDateTime.toISOString() }
      : {}),
  };
}

/**
 * Usage types of the standard table class, as the Price List names them after the region prefix
 * (`EUW1-ReadCapacityUnit-Hrs`): the infrequent-access class (`IA-`) and replicated writes differ.
 */
const USAGE: Record<keyof CapacityPrices, RegExp> = {
  readUnitHour: /(^|-)ReadCapacityUnit-Hrs$/,
  writeUnitHour: /(^|-)WriteCapacityUnit-Hrs$/,
  readRequestUnit: /(^|-)ReadRequestUnits$/,
  writeRequestUnit: /(^|-)WriteRequestUnits$/,
};

/**
 * The four prices a waste estimate needs, from the region's AmazonDynamoDB products; undefined
 * when one is missing. Provisioned capacity has a free tier priced 0: the paid price is kept.
 */
export function capacityPrices(products: readonly PricedProduct[]): CapacityPrices | undefined {
  const found: Partial<CapacityPrices> = {};
  for (const product of products) {
    const usage = product.attributes.usagetype ?? '';
    if (/(^|-)IA-|Repl/.test(usage)) continue;
    for (const [field, pattern] of Object.entries(USAGE) as [keyof CapacityPrices, RegExp][]) {
      if (!pattern.test(usage)) continue;
      const paid = product.onDemand.filter((p) => p.usd > 0).map((p) => p.usd);
      if (paid.length > 0) found[field] = Math.max(found[field] ?? 0, ...paid);
    }
  }
  const { readUnitHour, writeUnitHour, readRequestUnit, writeRequestUnit } = found;
  return readUnitHour && writeUnitHour && readRequestUnit && writeRequestUnit
    ? { readUnitHour, writeUnitHour, readRequestUnit, writeRequestUnit }
    : undefined;
}
