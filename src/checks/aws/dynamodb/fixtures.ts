/** DynamoDB snapshots for the check tests, in the collector's normalized shapes. */
import type {
  DynamoRegionSnapshot,
  DynamoTable,
  ReadFailure,
} from '../../../providers/aws/services/dynamodb/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDeniedException',
  message: 'not authorized to perform this action',
  httpStatus: 403,
});

export const CMK = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1f2e3d4c-0000-4000-8000-000000000001`;
export const AWS_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/9a8b7c6d-0000-4000-8000-000000000002`;

export function table(name: string, overrides: Partial<DynamoTable> = {}): DynamoTable {
  return {
    arn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${name}`,
    name,
    status: 'ACTIVE',
    billingMode: 'PAY_PER_REQUEST',
    capacity: { readUnits: 0, writeUnits: 0 },
    globalIndexes: [],
    itemCount: 1000,
    sizeBytes: 65_536,
    createdAt: '2025-01-10T08:00:00.000Z',
    deletionProtection: true,
    tableClass: 'STANDARD',
    encryption: { type: 'kms', kmsKeyArn: CMK, status: 'ENABLED' },
    replicaRegions: [],
    streamEnabled: false,
    backups: { state: 'available', value: { pitrEnabled: true } },
    tags: { state: 'available', value: { team: 'checkout' } },
    ...overrides,
  };
}

export function snapshot(tables: DynamoTable[]): DynamoRegionSnapshot {
  return {
    region: REGION,
    tables,
    keyManagers: {
      [CMK]: { state: 'available', value: 'CUSTOMER' },
      [AWS_KEY]: { state: 'available', value: 'AWS' },
    },
    performance: {
      status: 'collected',
      windowDays: 14,
      windowStart: '2026-06-30T10:00:00.000Z',
      tables: {},
    },
    pricing: { state: 'not_requested' },
  };
}
