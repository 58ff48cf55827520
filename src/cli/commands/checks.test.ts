import { describe, expect, it } from 'vitest';
import { DEFAULT_SCAN_OPTIONS } from '../../core/index.js';
import { CHECKS, summarizeCompliance } from '../../checks/index.js';
import { CIS_AWS_7_0 } from '../../checks/aws/compliance/cis-aws-7.0.js';
import { buildProgram } from '../main.js';
import { listChecks, renderChecks, renderCompliance } from './checks.js';

describe('clouddiagnoze checks list', () => {
  it('filters by framework, service and severity', () => {
    const found = listChecks(CHECKS, {
      framework: 'cis_aws_7.0',
      service: 'iam',
      severity: ['critical'],
    });
    expect(found.map((c) => c.id)).toEqual([
      'iam_no_expired_server_certificates_stored',
      'iam_no_root_access_key',
      'iam_root_mfa_enabled',
    ]);
  });

  it('prints one table row per check, with the framework’s controls', () => {
    const out = renderChecks(
      listChecks(CHECKS, { framework: 'cis_aws_7.0', service: 'iam', severity: ['critical'] }),
      'table',
      'cis_aws_7.0',
    );
    expect(out.split('\n')[0]).toMatch(/^ID\s+SERVICE\s+SEVERITY\s+CONTROLS\s+TITLE$/);
    expect(out).toMatch(
      /iam_no_root_access_key\s+iam\s+critical\s+2\.4\s+The root user has no active access key/,
    );
  });

  it('refuses an unknown framework with the known ones', async () => {
    const program = await buildProgram();
    await expect(
      program.parseAsync(['node', 'clouddiagnoze', 'checks', 'list', '--framework', 'cis_1'], {
        from: 'node',
      }),
    ).rejects.toThrow('unknown framework cis_1; known: cis_aws_7.0, aws_fsbp');
  });
});

describe('clouddiagnoze compliance', () => {
  it('prints the totals, then one line per control', () => {
    const summary = summarizeCompliance(
      CIS_AWS_7_0,
      CHECKS,
      [
        {
          check_id: 'iam_no_root_access_key',
          resource_id: 'arn:aws:iam::123456789012:root',
          status: 'FAIL',
          reason: 'root access key 1 is active',
          account_id: '123456789012',
          region: 'global',
        },
      ],
      {
        scan: { id: 'scan-1', provider: 'aws', services: ['iam'], options: DEFAULT_SCAN_OPTIONS },
        units: [{ service: 'iam', region: 'global', status: 'SUCCEEDED', error: null }],
      },
    );
    const out = renderCompliance(summary, 'table');
    expect(out).toContain('CIS Amazon Web Services Foundations Benchmark 7.0.0 — scan scan-1');
    expect(out).toMatch(/70 controls: \d+ passed, 1 failed, 36 manual, 0 error, \d+ not evaluated/);
    expect(out).toMatch(/FAILED\s+2\.4\s+The root user has no access key\s+1 resource\(s\) failed/);
    expect(JSON.parse(renderCompliance(summary, 'json')).totals.failed).toBe(1);
  });
});
