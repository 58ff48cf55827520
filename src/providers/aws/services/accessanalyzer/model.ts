import type { Read, ReadFailure } from '../../read.js';
import { scannerRef } from '../../../../core/index.js';

/** One region's IAM Access Analyzer snapshot in our own compact types. */

export type { Read, ReadFailure };

export interface Analyzer {
  arn: string;
  name: string;
  /** ACCOUNT or ORGANIZATION (external access), *_UNUSED_ACCESS, *_INTERNAL_ACCESS. */
  type: string;
  /** ACTIVE, CREATING, DISABLED or FAILED. */
  status: string;
}

export interface AccessAnalyzerRegionSnapshot {
  region: string;
  /**
   * The region's analyzers. The region has no other resource: a failing listing (denied, or an API
   * not offered in the partition or by an emulator) is the region's fact, and the unit goes on.
   */
  analyzers: Read<Analyzer[]>;
}

/** External access analyzers are the ones the benchmark asks for. */
export function isExternalAccess(analyzer: Analyzer): boolean {
  return analyzer.type === 'ACCOUNT' || analyzer.type === 'ORGANIZATION';
}

/** The IAM Access Analyzer scanner, as its checks name it. */
export const ACCESSANALYZER = scannerRef<AccessAnalyzerRegionSnapshot>('aws', 'accessanalyzer');
