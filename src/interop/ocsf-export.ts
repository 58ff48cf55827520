import {
  parseInstant,
  type AccountKind,
  type AsffProfile,
  type CheckStatus,
  type Finding,
  type Severity,
} from '../core/index.js';
import { PRODUCT, jsonArrayChunks } from './product.js';

/** OCSF schema version the records follow. */
export const OCSF_VERSION = '1.5.0';

const COMPLIANCE_FINDING = 2003;
const FINDINGS_CATEGORY = 2;
const ACTIVITY_CREATE = 1;
const FINDING_STATUS_NEW = 1;
/** What an OCSF record says of the provider: its account kind, and its partitions where it has them. */
export interface OcsfProvider {
  account: AccountKind;
  asff?: Pick<AsffProfile, 'partitionOf'>;
}

const SEVERITY_IDS: Record<Severity, number> = {
  informational: 1,
  low: 2,
  medium: 3,
  high: 4,
  critical: 5,
};

/** OCSF compliance status_id: 0 Unknown, 1 Pass, 2 Warning, 3 Fail. */
const COMPLIANCE_STATUS: Record<CheckStatus, { id: number; name: string }> = {
  PASS: { id: 1, name: 'Pass' },
  FAIL: { id: 3, name: 'Fail' },
  // A manual control needs a person to judge it: its outcome is unknown to the tool.
  MANUAL: { id: 0, name: 'Unknown' },
  // The check could not run (missing permission): no result, for lack of information.
  ERROR: { id: 2, name: 'Warning' },
};

function capitalised(value: string): string {
  return value[0]!.toUpperCase() + value.slice(1);
}

/**
 * One OCSF Compliance Finding (class 2003) per check result. `compliance.standards` lists every
 * framework the check is mapped to and `compliance.requirements` their controls as
 * `<framework> <control>`; the mapping itself stays whole in `unmapped.compliance`.
 */
export function toOcsfComplianceFinding(
  finding: Finding,
  provider: OcsfProvider,
): Record<string, unknown> {
  const instant = parseInstant(finding.timestamp) ?? new Date(0);
  const time = instant.getTime();
  const status = COMPLIANCE_STATUS[finding.status];
  const standards = Object.keys(finding.compliance).sort();
  const requirements = standards.flatMap((framework) =>
    (finding.compliance[framework] ?? []).map((control) => `${framework} ${control}`),
  );
  const severity = capitalised(finding.severity);
  const region = finding.region === 'global' ? undefined : finding.region;
  const message = finding.reason || finding.title;
  return {
    class_uid: COMPLIANCE_FINDING,
    class_name: 'Compliance Finding',
    category_uid: FINDINGS_CATEGORY,
    category_name: 'Findings',
    activity_id: ACTIVITY_CREATE,
    activity_name: 'Create',
    type_uid: COMPLIANCE_FINDING * 100 + ACTIVITY_CREATE,
    type_name: 'Compliance Finding: Create',
    time,
    time_dt: instant.toISOString(),
    severity_id: SEVERITY_IDS[finding.severity],
    severity,
    status_id: FINDING_STATUS_NEW,
    status: 'New',
    status_code: finding.status,
    status_detail: message,
    message,
    metadata: {
      version: OCSF_VERSION,
      uid: finding.event_id,
      event_code: finding.check_id,
      product: {
        uid: PRODUCT.uid,
        name: PRODUCT.name,
        vendor_name: PRODUCT.vendor,
        version: PRODUCT.version,
      },
      profiles: ['cloud', 'datetime'],
    },
    finding_info: {
      uid: finding.event_id,
      title: finding.title,
      ...(finding.description !== undefined && { desc: finding.description }),
      created_time: time,
      created_time_dt: instant.toISOString(),
      types: [finding.metric_type],
      analytic: {
        uid: finding.check_id,
        name: finding.title,
        type_id: 1,
        type: 'Rule',
        category: finding.service,
      },
    },
    compliance: {
      standards,
      requirements,
      ...(requirements.length === 1 && { control: requirements[0] }),
      status_id: status.id,
      status: status.name,
      status_code: finding.status,
      status_detail: message,
      checks: [
        {
          uid: finding.check_id,
          name: finding.title,
          status: status.name,
          status_id: status.id,
          severity,
          severity_id: SEVERITY_IDS[finding.severity],
        },
      ],
    },
    resources: [
      {
        uid: finding.resource_id,
        ...(finding.resource_type !== undefined && { type: finding.resource_type }),
        ...(provider.asff !== undefined && {
          cloud_partition: provider.asff.partitionOf(finding.resource_id, finding.region),
        }),
        ...(region !== undefined && { region }),
        group: { name: finding.service },
      },
    ],
    cloud: {
      provider: finding.provider,
      account: {
        uid: finding.account_id,
        type_id: provider.account.ocsf.accountTypeId,
        type: provider.account.ocsf.accountType,
      },
      ...(region !== undefined && { region }),
    },
    remediation: {
      desc: finding.remediation.text,
      references: finding.remediation.url ? [finding.remediation.url] : [],
    },
    ...(finding.risk !== undefined && { risk_details: finding.risk }),
    unmapped: {
      client_id: finding.client_id,
      scan_id: finding.scan_id,
      metric_type: finding.metric_type,
      compliance: finding.compliance,
    },
  };
}

/** The findings as one OCSF JSON array, produced record by record. */
export function ocsfChunks(
  findings: AsyncIterable<Finding>,
  provider: OcsfProvider,
): AsyncGenerator<string> {
  return jsonArrayChunks(findings, (finding) => toOcsfComplianceFinding(finding, provider));
}
