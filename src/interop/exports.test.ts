import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SCAN_OPTIONS,
  eventId,
  toParisIso,
  type CbpEvent,
  type MetricValue,
  type Scan,
  type Store,
  findingOf,
  type Finding,
} from '../core/index.js';
import { awsProvider } from '../providers/aws/provider.js';
import { createSqliteStore } from '../storage/sqlite/sqlite-store.js';
import { ASFF_BATCH_LIMITS, asffChunks, toAsffFinding } from './asff-export.js';
import { EXPORT_FORMATS, exportFindings, type ExportFormatName } from './exports.js';
import { readFindings } from './findings.js';
import { OCSF_VERSION } from './ocsf-export.js';
import { importProwler } from './prowler-import.js';
import { SARIF_SCHEMA } from './sarif-export.js';
import { manyProwlerFindings, prowlerSampleText, prowlerText } from './testing/prowler-sample.js';

/** A parsed export document: deep JSON without a schema. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

const clock = { now: () => new Date('2026-11-21T08:00:00.000Z') };
const ACCOUNT = '123456789012';

let store: Store;

beforeEach(async () => {
  store = await createSqliteStore({ file: ':memory:' });
});

afterEach(async () => {
  await store.close();
});

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

async function importSample(): Promise<string> {
  const { scan } = await importProwler(store, () => [prowlerSampleText()], {
    clientId: 'ACME',
    clock,
  });
  return scan.id;
}

async function exported(scanId: string, format: ExportFormatName, statuses?: ('PASS' | 'FAIL')[]) {
  return text(exportFindings(store, scanId, format, awsProvider, statuses ? { statuses } : {}));
}

function checkResult(overrides: Record<string, MetricValue> = {}): MetricValue {
  return {
    status: 'ERROR',
    severity: 'high',
    title: 'CloudTrail trails are integrated with CloudWatch Logs',
    reason: 'cloudtrail:DescribeTrails was denied (AccessDenied)',
    remediation: { text: 'Send the trail to a CloudWatch Logs group.', cli: 'aws cloudtrail …' },
    compliance: { 'cis_aws_7.0': ['3.4'] },
    ...overrides,
  };
}

/** A scan written the way the check engine writes its results, plus a security count. */
async function engineScan(
  results: { resource: string; region: string; check: string; value: MetricValue }[],
): Promise<string> {
  const scan: Scan = {
    id: 'scan-engine',
    client_id: 'ACME',
    provider: 'aws',
    services: ['cloudtrail', 'vpc'],
    requested_regions: null,
    auth_mode: { type: 'default' },
    options: { ...DEFAULT_SCAN_OPTIONS },
    status: 'SUCCEEDED',
    account_id: ACCOUNT,
    progress: { units_total: 0, units_done: 0, units_failed: 0, events: 0 },
    error: null,
    created_at: clock.now().toISOString(),
    started_at: null,
    finished_at: null,
  };
  const event = (resource: string, region: string, metric: string, value: MetricValue) => {
    const service = metric.split('.')[2]!;
    const built: CbpEvent = {
      client_id: 'ACME',
      timestamp: toParisIso(clock.now()),
      resource_id: resource,
      metric_type: metric,
      metric_value: value,
      event_id: eventId(scan.id, resource, metric),
      scan_id: scan.id,
      provider: 'aws',
      account_id: ACCOUNT,
      region,
      service,
      category: 'security',
    };
    return built;
  };
  const events = [
    ...results.map((r) =>
      event(r.resource, r.region, `aws.security.${r.check.split('_')[0]}.${r.check}`, r.value),
    ),
    event(
      `arn:aws:ec2:eu-west-3:${ACCOUNT}:vpc/vpc-0abc`,
      'eu-west-3',
      'aws.security.vpc.open_security_rules_count',
      3,
    ),
  ];
  await store.importScan(
    scan,
    (async function* () {
      yield events;
    })(),
  );
  return scan.id;
}

describe('reading findings', () => {
  it('reads check results only, page after page, optionally of some statuses', async () => {
    const scanId = await engineScan([
      {
        resource: `arn:aws:cloudtrail:eu-west-3:${ACCOUNT}:trail/main`,
        region: 'eu-west-3',
        check: 'cloudtrail_cloudwatch_logging_enabled',
        value: checkResult(),
      },
    ]);
    const findings: Finding[] = [];
    for await (const f of readFindings(store, { provider: 'aws', scan_id: scanId, pageSize: 1 }))
      findings.push(f);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      check_id: 'cloudtrail_cloudwatch_logging_enabled',
      service: 'cloudtrail',
      status: 'ERROR',
      remediation: { text: 'Send the trail to a CloudWatch Logs group.', cli: 'aws cloudtrail …' },
    });
    const sampleId = await importSample();
    let fails = 0;
    for await (const f of readFindings(store, {
      provider: 'aws',
      scan_id: sampleId,
      statuses: ['FAIL'],
    })) {
      expect(f.status).toBe('FAIL');
      fails += 1;
    }
    expect(fails).toBe(5);
  });

  it('is not fooled by a security metric whose value is not a check result', () => {
    const base = {
      client_id: 'A',
      timestamp: toParisIso(clock.now()),
      resource_id: 'r',
      event_id: 'e',
      scan_id: 's',
      provider: 'aws',
      account_id: ACCOUNT,
      region: 'eu-west-3',
      service: 'vpc',
      category: 'security' as const,
    };
    expect(
      findingOf({ ...base, metric_type: 'aws.security.vpc.open_rules', metric_value: 3 }),
    ).toBe(null);
    expect(
      findingOf({
        ...base,
        metric_type: 'aws.security.vpc.rule_status',
        metric_value: { status: 'OPEN', severity: 'high', title: 't' },
      }),
    ).toBe(null);
  });
});

describe('OCSF export', () => {
  it('writes one Compliance Finding (class 2003) per check result', async () => {
    const scanId = await importSample();
    const records = JSON.parse(await exported(scanId, 'ocsf')) as Doc[];
    expect(records).toHaveLength(8);
    for (const record of records) {
      expect(record).toMatchObject({
        class_uid: 2003,
        class_name: 'Compliance Finding',
        category_uid: 2,
        activity_id: 1,
        type_uid: 200301,
        metadata: { version: OCSF_VERSION, product: { name: 'CloudDiagnoze' } },
        cloud: { provider: 'aws', account: { uid: ACCOUNT } },
      });
      expect(record['finding_info'].uid).toMatch(/^[0-9a-f]{32}$/);
      expect(Array.isArray(record['compliance'].standards)).toBe(true);
      expect(record['resources']).toHaveLength(1);
    }
    const encryption = records.find(
      (r) => r['metadata'].event_code === 's3_bucket_default_encryption',
    )!;
    expect(encryption).toMatchObject({
      time: Date.parse('2026-11-20T10:00:00Z'),
      time_dt: '2026-11-20T10:00:00.000Z',
      severity_id: 3,
      severity: 'Medium',
      status_code: 'FAIL',
      message: 'Server Side Encryption is not configured for S3 Bucket acme-logs.',
      finding_info: {
        title:
          'Check if S3 buckets have default encryption (SSE) enabled or use a bucket policy to enforce it.',
        analytic: { uid: 's3_bucket_default_encryption', type: 'Rule' },
      },
      compliance: {
        standards: ['AWS-Foundational-Security-Best-Practices', 'GDPR', 'ISO27001-2013'],
        requirements: [
          'AWS-Foundational-Security-Best-Practices S3.4',
          'GDPR article_32',
          'ISO27001-2013 A.10.1',
        ],
        status_id: 3,
        status: 'Fail',
        checks: [{ uid: 's3_bucket_default_encryption', status_id: 3 }],
      },
      resources: [
        {
          uid: 'arn:aws:s3:::acme-logs',
          type: 'AwsS3Bucket',
          cloud_partition: 'aws',
          region: 'eu-west-3',
        },
      ],
      remediation: {
        references: [
          'https://aws.amazon.com/blogs/security/how-to-prevent-uploads-of-unencrypted-objects-to-amazon-s3/',
        ],
      },
      unmapped: { client_id: 'ACME', scan_id: scanId },
    });
    const statusOf = (check: string) =>
      records.find((r) => r['metadata'].event_code === check)!['compliance'];
    expect(statusOf('cloudtrail_multi_region_enabled')).toMatchObject({
      status_id: 1,
      status: 'Pass',
    });
    expect(statusOf('account_maintain_current_contact_details')).toMatchObject({
      status_id: 0,
      status_code: 'MANUAL',
    });
  });

  it('maps a check that could not run to Warning, and leaves non-check metrics out', async () => {
    const scanId = await engineScan([
      {
        resource: `arn:aws:cloudtrail:eu-west-3:${ACCOUNT}:trail/main`,
        region: 'eu-west-3',
        check: 'cloudtrail_cloudwatch_logging_enabled',
        value: checkResult(),
      },
    ]);
    const records = JSON.parse(await exported(scanId, 'ocsf')) as Doc[];
    expect(records).toHaveLength(1);
    expect(records[0]!['compliance']).toMatchObject({
      status_id: 2,
      status: 'Warning',
      status_code: 'ERROR',
      standards: ['cis_aws_7.0'],
      control: 'cis_aws_7.0 3.4',
    });
  });

  it('is an empty array for a scan without check results', async () => {
    const scanId = await engineScan([]);
    expect(JSON.parse(await exported(scanId, 'ocsf'))).toEqual([]);
  });
});

describe('ASFF export', () => {
  const REQUIRED = [
    'SchemaVersion',
    'Id',
    'ProductArn',
    'GeneratorId',
    'AwsAccountId',
    'Types',
    'CreatedAt',
    'UpdatedAt',
    'Severity',
    'Title',
    'Description',
    'Resources',
  ];

  function batches(ndjson: string): { Findings: Doc[] }[] {
    return ndjson
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { Findings: Doc[] });
  }

  it('writes BatchImportFindings requests with every required field', async () => {
    const scanId = await importSample();
    const lines = batches(await exported(scanId, 'asff'));
    // One request per account and region.
    expect(lines).toHaveLength(2);
    const findings = lines.flatMap((l) => l.Findings);
    expect(findings).toHaveLength(8);
    for (const line of lines) {
      const regions = new Set(line.Findings.map((f) => f['ProductArn']));
      expect(regions.size).toBe(1);
    }
    for (const finding of findings) {
      for (const field of REQUIRED) expect(finding).toHaveProperty(field);
      expect(finding['SchemaVersion']).toBe('2018-10-08');
      expect(finding['ProductArn']).toMatch(
        /^arn:aws:securityhub:(eu-west-3|us-east-1):123456789012:product\/123456789012\/default$/,
      );
      expect(finding['Resources'][0]).toMatchObject({
        Id: expect.any(String),
        Type: expect.any(String),
      });
      expect(['PASSED', 'FAILED', 'WARNING', 'NOT_AVAILABLE']).toContain(
        finding['Compliance'].Status,
      );
      expect(finding['CreatedAt']).toMatch(/^2026-11-20T10:00:0\d\.000Z$/);
      expect(finding['UpdatedAt']).toBe(finding['CreatedAt']);
    }
    const root = findings.find((f) => f['GeneratorId'] === 'clouddiagnoze/iam_root_mfa_enabled')!;
    expect(root).toMatchObject({
      AwsAccountId: ACCOUNT,
      ProductArn: `arn:aws:securityhub:us-east-1:${ACCOUNT}:product/${ACCOUNT}/default`,
      Types: [
        'Software and Configuration Checks/AWS Security Best Practices',
        'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
      ],
      CreatedAt: '2026-11-20T10:00:02.000Z',
      Severity: { Label: 'CRITICAL' },
      Title: 'Ensure MFA is enabled for the root account',
      Description: 'MFA is not enabled for root account.',
      Resources: [{ Type: 'AwsIamUser', Id: `arn:aws:iam::${ACCOUNT}:root`, Partition: 'aws' }],
      Compliance: {
        Status: 'FAILED',
        RelatedRequirements: ['AWS-Foundational-Security-Best-Practices IAM.9', 'CIS-3.0 1.5'],
      },
      Remediation: { Recommendation: { Url: expect.stringMatching(/^https:\/\//) } },
    });
    const status = (check: string) =>
      findings.find((f) => f['GeneratorId'] === `clouddiagnoze/${check}`)!['Compliance'].Status;
    expect(status('cloudtrail_multi_region_enabled')).toBe('PASSED');
    expect(status('account_maintain_current_contact_details')).toBe('WARNING');
  });

  it('maps ERROR to NOT_AVAILABLE, a global resource to the chosen region, and keeps Ids stable across scans', async () => {
    const finding = (await firstFinding(
      await engineScan([
        {
          resource: `arn:aws:iam::${ACCOUNT}:user/deploy`,
          region: 'global',
          check: 'iam_user_mfa_enabled',
          value: checkResult(),
        },
      ]),
    ))!;
    const asff = toAsffFinding(finding, awsProvider.asff!, { globalRegion: 'eu-west-3' });
    expect(asff).toMatchObject({
      ProductArn: `arn:aws:securityhub:eu-west-3:${ACCOUNT}:product/${ACCOUNT}/default`,
      Compliance: { Status: 'NOT_AVAILABLE', RelatedRequirements: ['cis_aws_7.0 3.4'] },
      Resources: [{ Type: 'AwsIamUser', Partition: 'aws' }],
    });
    expect(asff['Resources']).not.toHaveProperty('0.Region');
    const later = toAsffFinding(
      { ...finding, scan_id: 'another-scan', event_id: 'another-event' },
      awsProvider.asff!,
      { globalRegion: 'eu-west-3' },
    );
    expect(later['Id']).toBe(asff['Id']);
  });

  it('clips fields to Security Hub’s limits', async () => {
    const finding = (await firstFinding(
      await engineScan([
        {
          resource: `arn:aws:cloudtrail:eu-west-3:${ACCOUNT}:trail/main`,
          region: 'eu-west-3',
          check: 'cloudtrail_cloudwatch_logging_enabled',
          value: checkResult({
            title: 'T'.repeat(400),
            reason: 'R'.repeat(3000),
            remediation: { text: 'X'.repeat(900) },
          }),
        },
      ]),
    ))!;
    const asff = toAsffFinding(finding, awsProvider.asff!) as Doc;
    expect(asff['Title']).toHaveLength(256);
    expect(asff['Description']).toHaveLength(1024);
    expect(asff['Remediation'].Recommendation.Text).toHaveLength(512);
  });

  it('splits many findings into batches of at most 100 findings and 6 MB', async () => {
    const { scan } = await importProwler(store, () => [prowlerText(manyProwlerFindings(560))], {
      clientId: 'ACME',
      clock,
    });
    const ndjson = await exported(scan.id, 'asff');
    const lines = ndjson.trimEnd().split('\n');
    const sizes = lines.map((l) => JSON.parse(l).Findings.length as number);
    // 560 findings: 210 in us-east-1 (3 of 8 sample findings), 350 in eu-west-3.
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(560);
    expect(Math.max(...sizes)).toBe(ASFF_BATCH_LIMITS.maxFindings);
    expect(sizes.filter((n) => n < 100).sort((a, b) => a - b)).toEqual([10, 50]);
    for (const line of lines) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(ASFF_BATCH_LIMITS.maxBytes);
    }
    const ids = lines.flatMap((l) => JSON.parse(l).Findings.map((f: { Id: string }) => f.Id));
    expect(new Set(ids).size).toBe(560);
  });

  it('closes a batch before it would pass the byte limit', async () => {
    const { scan } = await importProwler(store, () => [prowlerText(manyProwlerFindings(40))], {
      clientId: 'ACME',
      clock,
    });
    const findings = readFindings(store, { provider: 'aws', scan_id: scan.id });
    const maxBytes = 12_000;
    const lines = (
      await text(
        asffChunks(findings, awsProvider.asff!, { limits: { maxFindings: 100, maxBytes } }),
      )
    )
      .trimEnd()
      .split('\n');
    expect(lines.length).toBeGreaterThan(4);
    let total = 0;
    for (const line of lines) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(maxBytes);
      total += JSON.parse(line).Findings.length;
    }
    expect(total).toBe(40);
  });

  it('refuses a finding that cannot fit in any batch', async () => {
    const { scan } = await importProwler(store, () => [prowlerSampleText()], {
      clientId: 'ACME',
      clock,
    });
    const findings = readFindings(store, { provider: 'aws', scan_id: scan.id });
    await expect(
      text(
        asffChunks(findings, awsProvider.asff!, { limits: { maxFindings: 100, maxBytes: 500 } }),
      ),
    ).rejects.toThrow(/is larger than a batch may be \(500 bytes\)/);
  });
});

describe('SARIF export', () => {
  it('writes a SARIF 2.1.0 log: one rule per check, one result per resource', async () => {
    const { scan } = await importProwler(store, () => [prowlerText(manyProwlerFindings(24))], {
      clientId: 'ACME',
      clock,
    });
    const log = JSON.parse(await exported(scan.id, 'sarif')) as Doc;
    expect(log['$schema']).toBe(SARIF_SCHEMA);
    expect(log['version']).toBe('2.1.0');
    expect(log['runs']).toHaveLength(1);
    const run = log['runs'][0];
    expect(run.tool.driver.name).toBe('CloudDiagnoze');
    const rules = run.tool.driver.rules as Doc[];
    expect(rules.map((r) => r['id']).sort()).toEqual([
      'account_maintain_current_contact_details',
      'cloudtrail_multi_region_enabled',
      'ec2_instance_imdsv2_enabled',
      'iam_root_mfa_enabled',
      'iam_rotate_access_key_90_days',
      's3_bucket_default_encryption',
      's3_bucket_level_public_access_block',
      's3_bucket_secure_transport_policy',
    ]);
    const results = run.results as Doc[];
    expect(results).toHaveLength(24);
    for (const result of results) {
      expect(rules[result['ruleIndex']]!['id']).toBe(result['ruleId']);
      expect(result['message'].text).not.toBe('');
      expect(result['locations'][0].logicalLocations[0].fullyQualifiedName).toMatch(/^arn:aws:/);
    }
    const imds = rules.find((r) => r['id'] === 'ec2_instance_imdsv2_enabled')!;
    expect(imds).toMatchObject({
      name: 'Ec2InstanceImdsv2Enabled',
      shortDescription: {
        text: 'Check if EC2 Instance Metadata Service Version 2 (IMDSv2) is Enabled and Required.',
      },
      helpUri:
        'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html',
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '8.0' },
    });
    const byRule = (id: string) => results.find((r) => r['ruleId'] === id)!;
    expect(byRule('ec2_instance_imdsv2_enabled')).toMatchObject({ kind: 'fail', level: 'error' });
    expect(byRule('s3_bucket_default_encryption')).toMatchObject({
      kind: 'fail',
      level: 'warning',
    });
    expect(byRule('cloudtrail_multi_region_enabled')).toMatchObject({
      kind: 'pass',
      level: 'none',
    });
    expect(byRule('account_maintain_current_contact_details')).toMatchObject({
      kind: 'review',
      level: 'none',
    });
    // The sample's resources, numbered: `…:root-2` is the third finding's.
    expect(byRule('iam_root_mfa_enabled')['locations'][0].logicalLocations[0]).toEqual({
      name: 'root-2',
      fullyQualifiedName: `arn:aws:iam::${ACCOUNT}:root-2`,
      kind: 'resource',
    });
  });

  it('marks a check that could not run as open', async () => {
    const scanId = await engineScan([
      {
        resource: `arn:aws:cloudtrail:eu-west-3:${ACCOUNT}:trail/main`,
        region: 'eu-west-3',
        check: 'cloudtrail_cloudwatch_logging_enabled',
        value: checkResult(),
      },
    ]);
    const log = JSON.parse(await exported(scanId, 'sarif')) as Doc;
    expect(log['runs'][0].results[0]).toMatchObject({ kind: 'open', level: 'none' });
    expect(log['runs'][0].tool.driver.rules[0].help.text).toBe(
      'Send the trail to a CloudWatch Logs group.\n\naws cloudtrail …',
    );
  });
});

describe('every format', () => {
  it('streams a large scan in several chunks and stays valid', async () => {
    const { scan } = await importProwler(store, () => [prowlerText(manyProwlerFindings(1500))], {
      clientId: 'ACME',
      clock,
    });
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormatName[]) {
      const chunks: string[] = [];
      for await (const chunk of exportFindings(store, scan.id, format, awsProvider))
        chunks.push(chunk);
      expect(chunks.length, format).toBeGreaterThan(1);
      const whole = chunks.join('');
      const count =
        format === 'asff'
          ? whole
              .trimEnd()
              .split('\n')
              .reduce((n, l) => n + JSON.parse(l).Findings.length, 0)
          : format === 'sarif'
            ? JSON.parse(whole).runs[0].results.length
            : JSON.parse(whole).length;
      expect(count, format).toBe(1500);
    }
  });
});

async function firstFinding(scanId: string): Promise<Finding | undefined> {
  for await (const finding of readFindings(store, { provider: 'aws', scan_id: scanId }))
    return finding;
  return undefined;
}
