import type { CheckStatus, Finding, Severity } from '../core/index.js';
import { PRODUCT } from './product.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note' | 'none';

const LEVELS: Record<Severity, Level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  informational: 'note',
};

/** GitHub's `security-severity` scale (0–10), for code-scanning style consumers. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  informational: '0.0',
};

/**
 * SARIF `kind`: only a failed check is a problem with a level; a pass is `pass`, a control that
 * needs a person is `review`, a check that could not run is `open` (its outcome is undetermined).
 */
const KINDS: Record<CheckStatus, 'fail' | 'pass' | 'review' | 'open'> = {
  FAIL: 'fail',
  PASS: 'pass',
  MANUAL: 'review',
  ERROR: 'open',
};

/** `s3_bucket_default_encryption` → `S3BucketDefaultEncryption` (SARIF's rule `name`). */
function ruleName(checkId: string): string {
  return checkId
    .split('_')
    .map((part) => (part === '' ? '' : part[0]!.toUpperCase() + part.slice(1)))
    .join('');
}

export function sarifRule(finding: Finding): Record<string, unknown> {
  const help = [finding.remediation.text, finding.remediation.cli, finding.remediation.console]
    .filter((part): part is string => part !== undefined && part !== '')
    .join('\n\n');
  return {
    id: finding.check_id,
    name: ruleName(finding.check_id),
    shortDescription: { text: finding.title },
    fullDescription: { text: finding.description || finding.title },
    ...(help !== '' && { help: { text: help } }),
    ...(finding.remediation.url !== undefined && { helpUri: finding.remediation.url }),
    defaultConfiguration: { level: LEVELS[finding.severity] },
    properties: {
      tags: ['security', finding.service, ...Object.keys(finding.compliance).sort()],
      severity: finding.severity,
      'security-severity': SECURITY_SEVERITY[finding.severity],
      compliance: finding.compliance,
    },
  };
}

export function sarifResult(finding: Finding, ruleIndex: number): Record<string, unknown> {
  const kind = KINDS[finding.status];
  return {
    ruleId: finding.check_id,
    ruleIndex,
    kind,
    // SARIF: a result whose kind is not `fail` has level `none`.
    level: kind === 'fail' ? LEVELS[finding.severity] : 'none',
    message: { text: finding.reason || finding.title },
    locations: [
      {
        logicalLocations: [
          {
            name: finding.resource_id.split(/[:/]/).at(-1) || finding.resource_id,
            fullyQualifiedName: finding.resource_id,
            kind: 'resource',
          },
        ],
      },
    ],
    partialFingerprints: { 'clouddiagnoze/v1': `${finding.check_id}:${finding.resource_id}` },
    properties: {
      status: finding.status,
      severity: finding.severity,
      account_id: finding.account_id,
      region: finding.region,
      scan_id: finding.scan_id,
      event_id: finding.event_id,
    },
  };
}

const CHUNK_CHARS = 64 * 1024;

/**
 * One SARIF 2.1.0 log with one run, produced result by result. The rules are known only once every
 * result has been seen, so the run lists `results` before `tool` (member order means nothing in
 * JSON); memory holds the rules, one per check, never the results.
 */
export async function* sarifChunks(findings: AsyncIterable<Finding>): AsyncGenerator<string> {
  const rules = new Map<string, { index: number; rule: Record<string, unknown> }>();
  let chunk = `{"$schema":${JSON.stringify(SARIF_SCHEMA)},"version":"2.1.0","runs":[{"results":[`;
  let first = true;
  for await (const finding of findings) {
    let rule = rules.get(finding.check_id);
    if (rule === undefined) {
      rule = { index: rules.size, rule: sarifRule(finding) };
      rules.set(finding.check_id, rule);
    }
    chunk += (first ? '\n' : ',\n') + JSON.stringify(sarifResult(finding, rule.index));
    first = false;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  const tool = {
    driver: {
      name: PRODUCT.name,
      version: PRODUCT.version,
      rules: [...rules.values()].map((r) => r.rule),
    },
  };
  yield `${chunk}\n],"tool":${JSON.stringify(tool)}}]}\n`;
}
