import {
  CHECK_STATUSES,
  SEVERITIES,
  type CbpEvent,
  type CheckStatus,
  type JsonValue,
  type Severity,
} from '../core/index.js';

/** One check result, read from an `<provider>.security.<service>.<check_id>` event. */
export interface Finding {
  check_id: string;
  metric_type: string;
  resource_id: string;
  service: string;
  region: string;
  account_id: string;
  status: CheckStatus;
  severity: Severity;
  title: string;
  reason: string;
  timestamp: string;
}

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

function isRecord(value: unknown): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function remediationOf(value: Record<string, JsonValue>): RemediationInfo | null {
  const info: RemediationInfo = { text: text(value['text']) };
  for (const key of ['cli', 'console', 'url'] as const) {
    const field = text(value[key]);
    if (field !== '') info[key] = field;
  }
  return info.text === '' && Object.keys(info).length === 1 ? null : info;
}

function complianceOf(value: unknown): Record<string, string[]> {
  if (!isRecord(value)) return {};
  const out: Record<string, string[]> = {};
  for (const [framework, controls] of Object.entries(value)) {
    const ids = Array.isArray(controls)
      ? controls.filter((c): c is string => typeof c === 'string')
      : typeof controls === 'string'
        ? [controls]
        : [];
    if (ids.length > 0) out[framework] = ids;
  }
  return out;
}

/**
 * A check result is a security event whose value is an object with a known `status` and
 * `severity` and a `title` (remediation and compliance optional, as the check engine and the
 * Prowler import write them); other security facts (counts, settings) are not findings.
 */
export function parseFinding(event: CbpEvent): { finding: Finding; check: CheckInfo } | null {
  if (event.category !== 'security' || !isRecord(event.metric_value)) return null;
  const value = event.metric_value;
  const status = value['status'];
  const severity = value['severity'];
  const title = text(value['title']);
  const remediation = value['remediation'];
  if (
    !(CHECK_STATUSES as readonly unknown[]).includes(status) ||
    !(SEVERITIES as readonly unknown[]).includes(severity) ||
    title === '' ||
    (remediation !== undefined && !isRecord(remediation))
  ) {
    return null;
  }
  const checkId = event.metric_type.split('.').slice(3).join('.');
  return {
    finding: {
      check_id: checkId,
      metric_type: event.metric_type,
      resource_id: event.resource_id,
      service: event.service,
      region: event.region,
      account_id: event.account_id,
      status: status as CheckStatus,
      severity: severity as Severity,
      title,
      reason: text(value['reason']),
      timestamp: event.timestamp,
    },
    check: {
      check_id: checkId,
      metric_type: event.metric_type,
      service: event.service,
      title,
      severity: severity as Severity,
      remediation: remediation === undefined ? null : remediationOf(remediation),
      compliance: complianceOf(value['compliance']),
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
