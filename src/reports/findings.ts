import {
  findingOf,
  SEVERITIES,
  type CbpEvent,
  type CheckStatus,
  type Finding,
  type Severity,
} from '../core/index.js';

export type { Finding } from '../core/index.js';

export interface RemediationInfo {
  text: string;
  cli?: string;
  console?: string;
  url?: string;
}

/** What every result of one check shares. */
export interface CheckInfo {
  check_id: string;
  metric_type: string;
  service: string;
  title: string;
  severity: Severity;
  remediation: RemediationInfo | null;
  compliance: Record<string, string[]>;
}

export const SEVERITY_ORDER: readonly Severity[] = SEVERITIES;

/**
 * A check result, as the exports read it too (`findingOf` in core): a security event whose value
 * has a known `status` and `severity` and a `title`; other security facts (counts, settings) are
 * not findings. `check` is what every result of the same check shares.
 */
export function parseFinding(event: CbpEvent): { finding: Finding; check: CheckInfo } | null {
  const finding = findingOf(event);
  if (finding === null) return null;
  const { text, cli, console, url } = finding.remediation;
  const remediated = text !== '' || cli !== undefined || console !== undefined || url !== undefined;
  return {
    finding,
    check: {
      check_id: finding.check_id,
      metric_type: finding.metric_type,
      service: finding.service,
      title: finding.title,
      severity: finding.severity,
      remediation: remediated ? finding.remediation : null,
      compliance: finding.compliance,
    },
  };
}

/** Most severe first, then failures before other statuses, then by check and resource. */
export function compareFindings(a: Finding, b: Finding): number {
  const statusRank = (s: CheckStatus) =>
    s === 'FAIL' ? 0 : s === 'ERROR' ? 1 : s === 'MANUAL' ? 2 : 3;
  return (
    statusRank(a.status) - statusRank(b.status) ||
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    a.check_id.localeCompare(b.check_id) ||
    a.resource_id.localeCompare(b.resource_id)
  );
}
