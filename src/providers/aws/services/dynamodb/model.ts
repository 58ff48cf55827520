/** One region's DynamoDB tables in our own compact types (no SDK type, no item). */
import { scannerRef } from '../../../../core/index.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

export type Tags = Record<string, string>;

/** Provisioned capacity of a table or of one of its global secondary indexes (0 on demand). */
export interface Capacity {
  readUnits: number;
  writeUnits: number;
}

export interface GlobalIndex extends Capacity {
  name: string;
}

/**
 * How the table is encrypted at rest. Without an SSEDescription DynamoDB uses a key it owns
 * (`aws_owned`); with SSEType KMS the key is named, AWS managed (alias/aws/dynamodb) or the
 * customer's, which only KMS DescribeKey tells apart.
 */
export type TableEncryption =
  { type: 'aws_owned' } | { type: 'kms'; kmsKeyArn: string; status?: string };

export interface ContinuousBackups {
  pitrEnabled: boolean;
  /** ISO 8601: the earliest point the table can be restored to, when PITR is on. */
  earliestRestorable?: string;
}

export interface DynamoTable {
  arn: string;
  name: string;
  /** CREATING, ACTIVE, UPDATING, DELETING, ARCHIVED… */
  status: string;
  /** PROVISIONED or PAY_PER_REQUEST. */
  billingMode: string;
  /** The table's own provisioned capacity. */
  capacity: Capacity;
  globalIndexes: GlobalIndex[];
  itemCount: number;
  sizeBytes: number;
  /** ISO 8601. */
  createdAt?: string;
  deletionProtection: boolean;
  /** STANDARD or STANDARD_INFREQUENT_ACCESS. */
  tableClass: string;
  encryption: TableEncryption;
  /** Regions of the global table's replicas, when it has any. */
  replicaRegions: string[];
  streamEnabled: boolean;
  backups: Read<ContinuousBackups>;
  tags: Read<Tags>;
}

/** Consumed capacity and throttles of one table over the window (its indexes included). */
export interface TableUsage {
  /** Absent only when CloudWatch did not answer; no datapoint means nothing consumed (0). */
  consumedReadUnits?: number;
  consumedWriteUnits?: number;
  throttledRequests?: number;
}

export type DynamoPerformance =
  | {
      status: 'collected';
      windowDays: number;
      windowStart: string;
      tables: Record<string, TableUsage>;
    }
  | { status: 'unavailable'; errorCode: string };

/** USD prices of the region's standard table class (AWS Price List, on-demand terms). */
export interface CapacityPrices {
  readUnitHour: number;
  writeUnitHour: number;
  readRequestUnit: number;
  writeRequestUnit: number;
}

export type DynamoPricing = Read<CapacityPrices> | { state: 'not_requested' };

export interface DynamoRegionSnapshot {
  region: string;
  tables: DynamoTable[];
  /** KMS key ARN → AWS or CUSTOMER (DescribeKey), for every key a table names. */
  keyManagers: Record<string, Read<string>>;
  performance: DynamoPerformance;
  pricing: DynamoPricing;
}

/** The DynamoDB scanner, as its checks name it. */
export const DYNAMODB = scannerRef<DynamoRegionSnapshot>('aws', 'dynamodb');
