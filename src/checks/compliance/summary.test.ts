import { describe, expect, it } from 'vitest';
import {
  categoryOf,
  DEFAULT_SCAN_OPTIONS,
  eventId,
  type CbpEvent,
  type MetricValue,
  type ScanUnit,
} from '../../core/index.js';
import { CHECKS } from '../index.js';
import { CIS_AWS_7_0 } from '../aws/compliance/cis-aws-7.0.js';
import { resultsFromEvents, summarizeCompliance, type StoredResult } from './summary.js';

const result = (
  check_id: string,
  status: StoredResult['status'],
  resource = 'r-1',
): StoredResult => ({
  check_id,
  resource_id: `arn:aws:test:::${resource}`,
  status,
  reason: `${check_id} ${status}`,
  account_id: '123456789012',
  region: 'eu-west-3',
});

const unit = (
  service: string,
  status: ScanUnit['status'] = 'SUCCEEDED',
): Pick<ScanUnit, 'service' | 'region' | 'status' | 'error'> => ({
  service,
  region: 'eu-west-3',
  status,
  error: status === 'FAILED' ? { code: 'AccessDenied', message: 'denied' } : null,
});

const scan = {
  id: 'scan-1',
  provider: 'aws',
  services: ['iam', 'ec2', 's3'],
  options: { ...DEFAULT_SCAN_OPTIONS },
};

function summary(
  results: StoredResult[],
  scope = { scan, units: [unit('iam'), unit('ec2'), unit('s3')] },
) {
  const s = summarizeCompliance(CIS_AWS_7_0, CHECKS, results, scope);
  return { ...s, control: (id: string) => s.controls.find((c) => c.id === id)! };
}

describe('summarizeCompliance', () => {
  it('passes, fails and lists findings per automated control from the checks mapped to it', () => {
    const s = summary([
      result('iam_no_root_access_key', 'PASS'),
      result('iam_user_mfa_enabled_console_access', 'PASS', 'alice'),
      result('iam_user_mfa_enabled_console_access', 'FAIL', 'bob'),
    ]);
    expect(s.control('2.4')).toMatchObject({
      status: 'PASSED',
      checks: ['iam_no_root_access_key'],
    });
    expect(s.control('2.10')).toMatchObject({
      status: 'FAILED',
      reason: '1 resource(s) failed',
      results: { pass: 1, fail: 1, error: 0, manual: 0 },
      findings: [{ resource_id: 'arn:aws:test:::bob', status: 'FAIL' }],
    });
  });

  it('prefers FAILED over ERROR over PASSED, across the checks of a control', () => {
    const s = summary([
      result('iam_user_accesskey_unused', 'ERROR'),
      result('iam_user_console_access_unused', 'PASS'),
      result('iam_no_root_access_key', 'ERROR'),
    ]);
    expect(s.control('2.11').status).toBe('ERROR');
    expect(
      summary([
        result('iam_user_accesskey_unused', 'ERROR'),
        result('iam_user_console_access_unused', 'FAIL'),
      ]).control('2.11').status,
    ).toBe('FAILED');
  });

  it('reports manual controls MANUAL, with the results of supporting checks', () => {
    const s = summary([result('iam_root_hardware_mfa_enabled', 'FAIL')]);
    expect(s.control('2.6')).toMatchObject({
      status: 'MANUAL',
      automated: false,
      reason: 'assess by hand; supporting checks: 0 passed, 1 failed, 0 in error',
    });
    expect(s.control('2.1.1')).toMatchObject({ status: 'MANUAL', reason: 'assess by hand' });
  });

  it('tells not evaluated (service not scanned, no check) from passed with nothing in scope', () => {
    const s = summary([]);
    expect(s.control('3.2.1')).toMatchObject({
      status: 'NOT_EVALUATED',
      reason: 'not scanned: rds',
    });
    expect(s.control('3.3.1')).toMatchObject({
      status: 'NOT_EVALUATED',
      reason: 'not scanned: efs',
    });
    const unmapped = {
      ...CIS_AWS_7_0,
      controls: [{ id: '9.9', section: 'Test', automated: true, title: 'No check maps here' }],
    };
    expect(
      summarizeCompliance(unmapped, CHECKS, [], { scan, units: [] }).controls[0],
    ).toMatchObject({ status: 'NOT_EVALUATED', reason: 'no check implements this control yet' });
    expect(s.control('6.7')).toMatchObject({ status: 'PASSED', reason: 'no resource in scope' });
  });

  it('does not evaluate a control whose units failed, even with passing results', () => {
    const s = summary([], { scan, units: [unit('iam'), unit('ec2'), unit('s3', 'FAILED')] });
    expect(s.control('3.1.1')).toMatchObject({
      status: 'NOT_EVALUATED',
      reason: 'the scan could not read s3 eu-west-3 (AccessDenied)',
    });
    const passedElsewhere = summary([result('s3_bucket_default_encryption', 'PASS')], {
      scan,
      units: [unit('iam'), unit('ec2'), unit('s3', 'FAILED')],
    });
    expect(
      passedElsewhere.controls.filter((c) => c.checks.includes('s3_bucket_default_encryption')),
    ).not.toContainEqual(expect.objectContaining({ status: 'PASSED' }));
  });

  it('passes nothing for a scan that read nothing (no usable credentials: no unit ran)', () => {
    const s = summary([], { scan, units: [] });
    expect(s.totals.passed).toBe(0);
    expect(s.control('6.7')).toMatchObject({
      status: 'NOT_EVALUATED',
      reason: 'the scan could not read ec2 (no unit ran)',
    });
    const cancelled = summary([], {
      scan,
      units: [unit('iam'), unit('ec2', 'CANCELLED'), unit('s3', 'QUEUED')],
    });
    expect(cancelled.control('6.7')).toMatchObject({ status: 'NOT_EVALUATED' });
    expect(cancelled.totals.passed).toBeLessThan(summary([]).totals.passed);
  });

  it('says when the scan filters left a control out', () => {
    const filtered = { ...scan, options: { ...scan.options, severity: ['low' as const] } };
    const s = summary([], { scan: filtered, units: [unit('iam')] });
    expect(s.control('2.4')).toMatchObject({
      status: 'NOT_EVALUATED',
      reason: "the scan's check filters left this control's checks out",
    });
  });

  it('counts every control once in the totals', () => {
    const t = summary([result('iam_no_root_access_key', 'FAIL')]).totals;
    expect(t.controls).toBe(70);
    expect(t.passed + t.failed + t.manual + t.error + t.not_evaluated).toBe(70);
    expect(t.manual).toBe(36);
    expect(t.failed).toBe(1);
  });
});

describe('resultsFromEvents', () => {
  const event = (metric_type: string, metric_value: MetricValue): CbpEvent => ({
    client_id: 'ACME',
    timestamp: '2026-07-14T12:00:00.000+02:00',
    resource_id: 'arn:aws:iam::123456789012:root',
    metric_type,
    metric_value,
    event_id: eventId('scan-1', 'arn', metric_type),
    scan_id: 'scan-1',
    provider: 'aws',
    account_id: '123456789012',
    region: 'global',
    service: 'iam',
    category: categoryOf(metric_type),
  });

  it('reads check results and skips other security facts and unknown checks', () => {
    const results = resultsFromEvents(
      [
        event('aws.security.iam.iam_no_root_access_key', {
          status: 'FAIL',
          reason: 'root key 1 active',
        }),
        event('aws.security.iam.root_mfa_enabled', true),
        event('aws.security.iam.not_a_check', { status: 'PASS' }),
        event('aws.security.iam.iam_root_mfa_enabled', { status: 'WEIRD' }),
      ],
      CHECKS,
    );
    expect(results).toEqual([
      {
        check_id: 'iam_no_root_access_key',
        resource_id: 'arn:aws:iam::123456789012:root',
        status: 'FAIL',
        reason: 'root key 1 active',
        account_id: '123456789012',
        region: 'global',
      },
    ]);
  });
});
