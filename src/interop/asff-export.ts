import { createHash } from 'node:crypto';
import { parseInstant, type AsffProfile, type CheckStatus, type Finding } from '../core/index.js';
import { PRODUCT } from './product.js';

/** BatchImportFindings accepts at most 100 findings and 6 MB a call. */
export const ASFF_BATCH_LIMITS = { maxFindings: 100, maxBytes: 6_000_000 } as const;

export interface AsffOptions {
  /** Region whose Security Hub receives findings of global resources (IAM…). Default us-east-1. */
  globalRegion?: string;
  limits?: { maxFindings: number; maxBytes: number };
}

const COMPLIANCE_STATUS: Record<CheckStatus, string> = {
  PASS: 'PASSED',
  FAIL: 'FAILED',
  // Security Hub: "some information is missing or this check is not supported for your configuration".
  MANUAL: 'WARNING',
  // Security Hub: "check could not be performed due to a service outage, API error…".
  ERROR: 'NOT_AVAILABLE',
};

const BEST_PRACTICES = 'Software and Configuration Checks/AWS Security Best Practices';
const CIS =
  'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark';

/** ASFF field limits (Security Hub refuses longer values). */
const MAX_TITLE = 256;
const MAX_DESCRIPTION = 1024;
const MAX_RECOMMENDATION = 512;
const MAX_PRODUCT_FIELD = 2048;
const MAX_REQUIREMENTS = 32;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function resourceType(finding: Finding, profile: AsffProfile): string {
  if (finding.resource_type !== undefined && /^[A-Za-z0-9]+$/.test(finding.resource_type)) {
    return finding.resource_type;
  }
  return profile.resourceTypeOf(finding.resource_id);
}

function homeRegion(finding: Finding, options: AsffOptions): string {
  return finding.region === 'global' ? (options.globalRegion ?? 'us-east-1') : finding.region;
}

/**
 * A check result in the AWS Security Finding Format, for the account's default product. The Id
 * depends on account, region, check and resource only, so importing a later scan updates the
 * same Security Hub finding instead of adding one.
 */
export function toAsffFinding(
  finding: Finding,
  profile: AsffProfile,
  options: AsffOptions = {},
): Record<string, unknown> {
  const region = homeRegion(finding, options);
  const partition = profile.partitionOf(finding.resource_id, region);
  const account = finding.account_id;
  const at = (parseInstant(finding.timestamp) ?? new Date(0)).toISOString();
  const resourceHash = createHash('sha256').update(finding.resource_id).digest('hex').slice(0, 32);
  const frameworks = Object.keys(finding.compliance).sort();
  const requirements = frameworks
    .flatMap((framework) => (finding.compliance[framework] ?? []).map((c) => `${framework} ${c}`))
    .slice(0, MAX_REQUIREMENTS);
  const url = finding.remediation.url;
  return {
    SchemaVersion: '2018-10-08',
    Id: `${PRODUCT.uid}/${account}/${region}/${finding.check_id}/${resourceHash}`,
    ProductArn: `arn:${partition}:securityhub:${region}:${account}:product/${account}/default`,
    ProductName: PRODUCT.name,
    CompanyName: PRODUCT.vendor,
    GeneratorId: `${PRODUCT.uid}/${finding.check_id}`,
    AwsAccountId: account,
    Types: frameworks.some((f) => /cis/i.test(f)) ? [BEST_PRACTICES, CIS] : [BEST_PRACTICES],
    CreatedAt: at,
    UpdatedAt: at,
    Severity: { Label: finding.severity.toUpperCase(), Original: finding.severity },
    Title: clip(finding.title, MAX_TITLE),
    Description: clip(finding.reason || finding.title, MAX_DESCRIPTION),
    ...(finding.remediation.text !== '' && {
      Remediation: {
        Recommendation: {
          Text: clip(finding.remediation.text, MAX_RECOMMENDATION),
          ...(url !== undefined && /^https?:\/\//.test(url) && { Url: url }),
        },
      },
    }),
    ProductFields: {
      'clouddiagnoze/check_id': finding.check_id,
      'clouddiagnoze/scan_id': finding.scan_id,
      'clouddiagnoze/event_id': finding.event_id,
      'clouddiagnoze/status': finding.status,
      'clouddiagnoze/resource_id': clip(finding.resource_id, MAX_PRODUCT_FIELD),
    },
    Resources: [
      {
        Type: resourceType(finding, profile),
        Id: finding.resource_id,
        Partition: partition,
        ...(finding.region !== 'global' && { Region: finding.region }),
      },
    ],
    Compliance: {
      Status: COMPLIANCE_STATUS[finding.status],
      ...(requirements.length > 0 && { RelatedRequirements: requirements }),
    },
    RecordState: 'ACTIVE',
  };
}

interface PendingBatch {
  findings: string[];
  bytes: number;
}

/** `{"Findings":[` … `]}` around the findings' JSON, commas between them. */
const ENVELOPE_BYTES = Buffer.byteLength('{"Findings":[]}');

function line(batch: PendingBatch): string {
  return `{"Findings":[${batch.findings.join(',')}]}\n`;
}

/**
 * The findings as NDJSON, one BatchImportFindings request per line: `{"Findings":[…]}` with at
 * most 100 findings and 6 MB, all of one account and region (the region of the ProductArn, where
 * the request must be sent). Memory holds one pending batch per account and region.
 */
export async function* asffChunks(
  findings: AsyncIterable<Finding>,
  profile: AsffProfile,
  options: AsffOptions = {},
): AsyncGenerator<string> {
  const limits = options.limits ?? ASFF_BATCH_LIMITS;
  const pending = new Map<string, PendingBatch>();
  for await (const finding of findings) {
    const json = JSON.stringify(toAsffFinding(finding, profile, options));
    const bytes = Buffer.byteLength(json);
    if (ENVELOPE_BYTES + bytes > limits.maxBytes) {
      throw new RangeError(
        `the ASFF finding for ${finding.check_id} on ${finding.resource_id} is larger than a batch may be (${limits.maxBytes} bytes)`,
      );
    }
    const key = `${finding.account_id}\u0000${homeRegion(finding, options)}`;
    let batch = pending.get(key);
    if (
      batch !== undefined &&
      (batch.findings.length >= limits.maxFindings ||
        ENVELOPE_BYTES + batch.bytes + 1 + bytes > limits.maxBytes)
    ) {
      yield line(batch);
      batch = undefined;
    }
    if (batch === undefined) {
      batch = { findings: [], bytes: -1 };
      pending.set(key, batch);
    }
    batch.findings.push(json);
    // Each finding after the first also brings its comma.
    batch.bytes += bytes + 1;
  }
  for (const batch of pending.values()) yield line(batch);
}
