/** Inspector snapshots for the check tests, in the collector's normalized shapes. */
import type {
  AccountStatus,
  Inspector2RegionSnapshot,
  Read,
  ReadFailure,
  ScanTypes,
  SeverityCounts,
} from '../../../providers/aws/services/inspector2/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDeniedException',
  message: 'not authorized to perform this action',
  httpStatus: 403,
});

export const REGION_ID = `arn:aws:inspector2:${REGION}:${ACCOUNT}:region/${REGION}`;

export function account(scanTypes: Partial<ScanTypes> = {}): Read<AccountStatus> {
  const types: ScanTypes = {
    ec2: 'ENABLED',
    ecr: 'ENABLED',
    lambda: 'ENABLED',
    lambdaCode: 'ENABLED',
    ...scanTypes,
  };
  const on = Object.values(types).some((s) => s === 'ENABLED');
  return { state: 'available', value: { status: on ? 'ENABLED' : 'DISABLED', scanTypes: types } };
}

export function findings(counts: Partial<SeverityCounts> = {}): Read<SeverityCounts> {
  return { state: 'available', value: { all: 12, critical: 0, high: 2, medium: 10, ...counts } };
}

export function snapshot(
  overrides: Partial<Inspector2RegionSnapshot> = {},
): Inspector2RegionSnapshot {
  return {
    region: REGION,
    account: account(),
    findings: findings(),
    coverage: { state: 'available', value: 40 },
    ...overrides,
  };
}

/** Every scan type on, findings and coverage read. */
export const all = snapshot();
