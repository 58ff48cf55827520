/** One region's IAM Access Analyzer snapshot in our own compact types. */

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
  analyzers: Analyzer[];
}

/** External access analyzers are the ones the benchmark asks for. */
export function isExternalAccess(analyzer: Analyzer): boolean {
  return analyzer.type === 'ACCOUNT' || analyzer.type === 'ORGANIZATION';
}
