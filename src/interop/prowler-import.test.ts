import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CbpEvent, Store } from '../core/index.js';
import { createSqliteStore } from '../storage/sqlite/sqlite-store.js';
import { ProwlerImportError, importProwler, serviceOfCheck } from './prowler-import.js';
import {
  manyProwlerFindings,
  prowlerSampleRecords,
  prowlerSampleText,
  prowlerText,
  recordLine,
} from './testing/prowler-sample.js';

const clock = { now: () => new Date('2026-11-21T08:00:00.000Z') };

let store: Store;

beforeEach(async () => {
  store = await createSqliteStore({ file: ':memory:' });
});

afterEach(async () => {
  await store.close();
});

async function allEvents(scanId: string): Promise<CbpEvent[]> {
  return (await store.queryEvents({ scan_id: scanId, limit: 10_000 })).items;
}

async function importText(text: string, clientId = 'ACME') {
  return importProwler(store, () => [text], { clientId, clock });
}

async function importError(text: string): Promise<ProwlerImportError> {
  const error = await importText(text).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProwlerImportError);
  // Nothing half-imported: no scan, no event.
  expect((await store.listScans({ limit: 10 })).items).toEqual([]);
  expect((await store.queryEvents({ limit: 10 })).items).toEqual([]);
  return error as ProwlerImportError;
}

describe('Prowler OCSF import', () => {
  it('turns the sample into one security event per finding, recorded as a finished scan', async () => {
    const { scan, summary } = await importText(prowlerSampleText());
    expect(summary).toEqual({
      scan_id: scan.id,
      client_id: 'ACME',
      findings: 8,
      events: 8,
      duplicates: 0,
      statuses: { PASS: 2, FAIL: 5, MANUAL: 1, ERROR: 0 },
      services: ['account', 'cloudtrail', 'ec2', 'iam', 's3'],
      accounts: ['123456789012'],
      regions: ['eu-west-3', 'us-east-1'],
    });
    expect(await store.getScan(scan.id)).toMatchObject({
      client_id: 'ACME',
      provider: 'aws',
      status: 'SUCCEEDED',
      services: ['account', 'cloudtrail', 'ec2', 'iam', 's3'],
      auth_mode: { type: 'import', source: 'prowler' },
      account_id: '123456789012',
      progress: { events: 8 },
      finished_at: '2026-11-21T08:00:00.000Z',
    });

    const events = await allEvents(scan.id);
    expect(events.map((e) => e.metric_type).sort()).toEqual([
      'aws.security.account.account_maintain_current_contact_details',
      'aws.security.cloudtrail.cloudtrail_multi_region_enabled',
      'aws.security.ec2.ec2_instance_imdsv2_enabled',
      'aws.security.iam.iam_root_mfa_enabled',
      'aws.security.iam.iam_rotate_access_key_90_days',
      'aws.security.s3.s3_bucket_default_encryption',
      'aws.security.s3.s3_bucket_level_public_access_block',
      'aws.security.s3.s3_bucket_secure_transport_policy',
    ]);
    const encryption = events.find((e) => e.resource_id === 'arn:aws:s3:::acme-logs');
    expect(encryption).toEqual({
      client_id: 'ACME',
      // Prowler's time (10:00 UTC), with the Paris offset.
      timestamp: '2026-11-20T11:00:00.000+01:00',
      resource_id: 'arn:aws:s3:::acme-logs',
      metric_type: 'aws.security.s3.s3_bucket_default_encryption',
      metric_value: {
        status: 'FAIL',
        severity: 'medium',
        title:
          'Check if S3 buckets have default encryption (SSE) enabled or use a bucket policy to enforce it.',
        reason: 'Server Side Encryption is not configured for S3 Bucket acme-logs.',
        remediation: {
          text: 'Ensure that S3 buckets have encryption at rest enabled.',
          url: 'https://aws.amazon.com/blogs/security/how-to-prevent-uploads-of-unencrypted-objects-to-amazon-s3/',
        },
        compliance: {
          'AWS-Foundational-Security-Best-Practices': ['S3.4'],
          'ISO27001-2013': ['A.10.1'],
          GDPR: ['article_32'],
        },
        description:
          'Check if S3 buckets have default encryption (SSE) enabled or use a bucket policy to enforce it.',
        risk: 'Amazon S3 default encryption provides a way to set the default encryption behavior for an S3 bucket.',
        source: 'prowler',
        source_finding_uid:
          'prowler-aws-s3_bucket_default_encryption-123456789012-eu-west-3-acme-logs',
        resource_type: 'AwsS3Bucket',
      },
      event_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      scan_id: scan.id,
      provider: 'aws',
      account_id: '123456789012',
      region: 'eu-west-3',
      service: 's3',
      category: 'security',
    });
    const root = events.find((e) => e.metric_type.endsWith('iam_root_mfa_enabled'));
    expect(root).toMatchObject({
      resource_id: 'arn:aws:iam::123456789012:root',
      region: 'us-east-1',
      metric_value: { status: 'FAIL', severity: 'critical', compliance: { 'CIS-3.0': ['1.5'] } },
    });
    const manual = events.find((e) => e.service === 'account');
    expect(manual?.metric_value).toMatchObject({ status: 'MANUAL', severity: 'medium' });
    const muted = events.find((e) => e.resource_id === 'arn:aws:s3:::acme-public-site');
    expect(muted?.metric_value).toMatchObject({ status: 'FAIL', muted: true });
    expect(encryption?.metric_value).not.toHaveProperty('muted');
  });

  it('keeps tenants apart: the same file imported for two clients is two scans', async () => {
    const acme = await importText(prowlerSampleText(), 'ACME');
    const globex = await importText(prowlerSampleText(), 'GLOBEX');
    expect(acme.scan.id).not.toBe(globex.scan.id);
    const globexEvents = await store.queryEvents({ client_id: 'GLOBEX', limit: 100 });
    expect(globexEvents.items).toHaveLength(8);
    expect(new Set(globexEvents.items.map((e) => e.scan_id))).toEqual(new Set([globex.scan.id]));
  });

  it('stores a finding per resource once, and counts the repeats', async () => {
    const records = prowlerSampleRecords();
    const text = prowlerText([...records, records[0], records[2]]);
    const { summary } = await importText(text);
    expect(summary).toMatchObject({ findings: 10, events: 8, duplicates: 2 });
  });

  it('reads a file given in small chunks as the CLI streams it', async () => {
    const text = prowlerSampleText();
    const pieces = text.match(/[\s\S]{1,97}/g) ?? [];
    const { summary } = await importProwler(store, () => pieces, { clientId: 'ACME', clock });
    expect(summary.events).toBe(8);
  });

  it('imports thousands of findings in one scan', async () => {
    const { scan, summary } = await importText(prowlerText(manyProwlerFindings(3000)));
    expect(summary.events).toBe(3000);
    expect((await store.getScan(scan.id))?.progress.events).toBe(3000);
  });

  describe('refuses a broken file, names the record and line, and stores nothing', () => {
    it('a file that is not JSON', async () => {
      const error = await importError('<html><body>502 Bad Gateway</body></html>');
      expect(error.issues).toEqual([
        { path: '', message: "the file is not a JSON array: expected '[' at line 1, found '<'" },
      ]);
      expect(error.message).toBe(
        "the Prowler file cannot be imported (the file is not a JSON array: expected '[' at line 1, found '<'); nothing was imported",
      );
    });

    it('a truncated file', async () => {
      const text = prowlerSampleText();
      const cut = text.slice(0, text.indexOf('"iam_rotate_access_key_90_days"'));
      const error = await importError(cut);
      expect(error.issues).toEqual([
        {
          path: '[3]',
          message: `the file is truncated: record [3] starting at line ${recordLine(text, 3)} is incomplete`,
        },
      ]);
    });

    it('a record without resources', async () => {
      const records = prowlerSampleRecords();
      delete records[2]!['resources'];
      const text = prowlerText(records);
      const error = await importError(text);
      expect(error.issues).toEqual([
        {
          path: '[2].resources',
          message: `record [2] (line ${recordLine(text, 2)}): resources is missing`,
        },
      ]);
    });

    it('a record with an empty resources list', async () => {
      const records = prowlerSampleRecords();
      records[1]!['resources'] = [];
      const text = prowlerText(records);
      const error = await importError(text);
      expect(error.issues).toEqual([
        {
          path: '[1].resources',
          message: `record [1] (line ${recordLine(text, 1)}): resources must list at least one resource`,
        },
      ]);
    });

    it('a finding of another OCSF class', async () => {
      const records = prowlerSampleRecords();
      records[0]!['class_uid'] = 2001;
      const error = await importError(prowlerText(records));
      expect(error.issues).toEqual([
        {
          path: '[0].class_uid',
          message:
            'record [0] (line 1): class_uid must be 2004 (Detection Finding) or 2003 (Compliance Finding), got 2001',
        },
      ]);
    });

    it('every problem of the file at once, up to a limit', async () => {
      const records = prowlerSampleRecords();
      records[4]!['severity'] = 'Unknown';
      records[5]!['status_code'] = 'MUTED';
      (records[6]!['metadata'] as Record<string, unknown>)['event_code'] = 'CloudTrail-Multi';
      (records[7]!['cloud'] as Record<string, unknown>)['provider'] = 'azure';
      const text = prowlerText(records);
      const error = await importError(text);
      expect(error.issues).toEqual([
        {
          path: '[4].severity',
          message: `record [4] (line ${recordLine(text, 4)}): severity must be one of Critical, High, Medium, Low, Informational, got "Unknown"`,
        },
        {
          path: '[5].status_code',
          message: `record [5] (line ${recordLine(text, 5)}): status_code must be PASS, FAIL, MANUAL or ERROR, got "MUTED"`,
        },
        {
          path: '[6].metadata.event_code',
          message: `record [6] (line ${recordLine(text, 6)}): metadata.event_code must be a check id in lower snake case, e.g. s3_bucket_default_encryption`,
        },
        {
          path: '[7].cloud.provider',
          message: `record [7] (line ${recordLine(text, 7)}): cloud.provider is "azure": only AWS findings can be imported`,
        },
      ]);
      expect(error.message).toBe(
        'the Prowler file cannot be imported (4 problems); nothing was imported',
      );

      const many = manyProwlerFindings(30).map((r) => ({ ...r, class_uid: 2004.5 }));
      const capped = await importError(prowlerText(many));
      expect(capped.issues).toHaveLength(21);
      expect(capped.issues.at(-1)).toEqual({ path: '', message: '… and 10 more problems' });
      // The count at the top is the problems found: the 20 listed and the 10 more.
      expect(capped.message).toBe(
        'the Prowler file cannot be imported (30 problems); nothing was imported',
      );
    });

    it('an empty findings list', async () => {
      const error = await importError('[]');
      expect(error.issues).toEqual([
        { path: '', message: 'the file holds no findings: there is nothing to import' },
      ]);
    });
  });

  it('rolls everything back when the file changes between validation and writing', async () => {
    const valid = prowlerText(manyProwlerFindings(1200));
    const at = valid.lastIndexOf('"class_uid": 2004');
    const broken = `${valid.slice(0, at)}"class_uid": 1${valid.slice(at + '"class_uid": 2004'.length)}`;
    let reads = 0;
    // Valid when validated; its last record broken when written, after 1,000 events went in.
    const source = () => [++reads === 1 ? valid : broken];
    await expect(
      importProwler(store, source, { clientId: 'ACME', clock, batchSize: 500 }),
    ).rejects.toThrow('record [1199] changed while it was imported');
    expect((await store.listScans({ limit: 10 })).items).toEqual([]);
    expect((await store.queryEvents({ limit: 10 })).items).toEqual([]);
  });

  it('names the service after the first segment of the check id, as Prowler does', () => {
    expect(serviceOfCheck('s3_bucket_default_encryption')).toBe('s3');
    expect(serviceOfCheck('awslambda_function_url_public')).toBe('awslambda');
  });
});
