import type { ScanOptions } from './scan.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CHECK_STATUSES = ['PASS', 'FAIL', 'MANUAL', 'ERROR'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** One resource's outcome for one check. */
export interface CheckResult {
  resource_id: string;
  status: CheckStatus;
  /** Short, names the offending setting ("bucket acme-logs: versioning Suspended"). */
  reason: string;
}

export interface Remediation {
  text: string;
  cli?: string;
  console?: string;
  url?: string;
}

/** What a check may read besides the snapshot: never the cloud. */
export interface CheckContext {
  accountId: string;
  region: string;
  options: ScanOptions;
  now: Date;
}

/**
 * Names one scanner and the snapshot type it hands to checks: a pure value a service's `model.ts`
 * exports, so a check can be tied to the scanner whose data it reads without importing the scanner.
 */
export interface ScannerRef<Snapshot> {
  readonly provider: string;
  readonly service: string;
  /** Never set: it carries the snapshot type, so a check typed to another scanner does not compile. */
  readonly snapshotType?: (snapshot: Snapshot) => Snapshot;
}

export function scannerRef<Snapshot>(provider: string, service: string): ScannerRef<Snapshot> {
  return { provider, service };
}

/**
 * A security check: a small declarative unit, one file named after its id. `evaluate` is pure and
 * returns one result per resource it looked at.
 */
export interface CheckDefinition<Snapshot = unknown> {
  /** Lower snake case; the event is `<provider>.security.<service>.<id>`. */
  id: string;
  provider: string;
  /** The scanner whose snapshot the check reads. */
  service: string;
  /**
   * The snapshot's facets the check reads (its top-level fields), when it declares them; the
   * compiler holds `evaluate` to them.
   */
  reads?: readonly string[];
  resource_type: string;
  title: string;
  description: string;
  severity: Severity;
  risk: string;
  remediation: Remediation;
  /** Framework id (e.g. `cis_aws_7.0`) → control ids. */
  compliance: Readonly<Record<string, readonly string[]>>;
  evaluate(snapshot: Snapshot, ctx: CheckContext): Iterable<CheckResult>;
}

/** A compliance framework control, each automated (assessed by checks) or manual. */
export interface Control {
  /** As the framework numbers it (`2.4`, `EC2.8`). */
  id: string;
  title: string;
  section: string;
  /** false: the framework expects a person to assess it; it is reported MANUAL. */
  automated: boolean;
}

/** A compliance framework: its controls, which checks map to by id. */
export interface Framework {
  /** Lower case, used in check mappings and options (`cis_aws_7.0`). */
  id: string;
  name: string;
  version: string;
  provider: string;
  url: string;
  controls: readonly Control[];
}

/** A provider's checks and the frameworks they map to: one line per provider registers them. */
export interface CheckPack {
  provider: string;
  checks: readonly CheckDefinition[];
  frameworks: readonly Framework[];
}
