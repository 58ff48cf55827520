/** One region's Amazon Inspector (v2) for the scanned account, in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

/** ENABLING, ENABLED, DISABLING, DISABLED, SUSPENDING or SUSPENDED. */
export type ScanStatus = string;

/** The status of each scan type Inspector runs, as BatchGetAccountStatus reports it. */
export interface ScanTypes {
  ec2: ScanStatus;
  ecr: ScanStatus;
  /** Lambda standard scanning (package vulnerabilities). */
  lambda: ScanStatus;
  /** Lambda code scanning (code vulnerabilities). */
  lambdaCode: ScanStatus;
}

export interface AccountStatus {
  /** The account's overall state: ENABLED as soon as one scan type is. */
  status: ScanStatus;
  scanTypes: ScanTypes;
}

/** Active findings of the account by Inspector's severities (ListFindingAggregations ACCOUNT). */
export interface SeverityCounts {
  all: number;
  critical: number;
  high: number;
  medium: number;
}

export interface Inspector2RegionSnapshot {
  region: string;
  /**
   * BatchGetAccountStatus for the scanned account. `absent` when the answer does not list the
   * account at all (Inspector never activated there); a failedAccounts entry is denied or failed.
   */
  account: Read<AccountStatus>;
  /** One ListFindingAggregations (ACCOUNT) call; `absent` (not called) while every scan type is off. */
  findings: Read<SeverityCounts>;
  /** How many resources Inspector covers (ListCoverageStatistics totalCounts); `absent` as `findings`. */
  coverage: Read<number>;
}

/** The Inspector scanner, as its checks name it. */
export const INSPECTOR2 = scannerRef<Inspector2RegionSnapshot>('aws', 'inspector2');
