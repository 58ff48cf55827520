import { describe, expect, it } from 'vitest';
import { CHECKS, checkMetricType } from '../checks/index.js';
import { PROVIDERS } from '../providers/index.js';
import { checkFilterIssues } from './check-filters.js';
import { ScannerRegistry } from './registry.js';

describe('checks and scanners', () => {
  const registry = new ScannerRegistry(PROVIDERS, CHECKS.metricDefinitions());

  it('every check reads a service that has a registered scanner', () => {
    for (const check of CHECKS.all()) {
      expect(
        registry.scanner(check.provider, check.service),
        `${check.id} → ${check.service}`,
      ).toBeDefined();
    }
  });

  it('declares one object-valued catalogue entry per check, clashing with no scanner metric', () => {
    for (const check of CHECKS.all()) {
      const entry = registry.catalogue.get(checkMetricType(check));
      expect(entry?.valueType, check.id).toBe('object');
    }
  });

  it('refuses check metrics of a service without a scanner, and declared twice', () => {
    const orphan = {
      name: 'aws.security.nothing.some_check',
      valueType: 'object' as const,
      description: 'x',
    };
    expect(() => new ScannerRegistry(PROVIDERS, [orphan])).toThrow(/has no scanner/);
    const twice = CHECKS.metricDefinitions().slice(0, 1);
    expect(() => new ScannerRegistry(PROVIDERS, [...twice, ...twice])).toThrow(/declared twice/);
  });
});

describe('checkFilterIssues', () => {
  it('accepts known checks of the scanned services', () => {
    expect(
      checkFilterIssues(
        {
          checks: ['iam_root_mfa_enabled'],
          exclude_checks: ['iam_support_role_created'],
          frameworks: ['aws_fsbp'],
        },
        { provider: 'aws', services: ['iam'] },
      ),
    ).toEqual([]);
  });

  it('names each unknown id, framework, and check of a service left out', () => {
    expect(
      checkFilterIssues(
        { checks: ['iam_root_mfa_enabled', 'nope'], frameworks: ['cis_aws_1.2'] },
        { provider: 'aws', services: ['ec2'] },
      ),
    ).toEqual([
      {
        path: 'options.checks.0',
        message:
          'check iam_root_mfa_enabled reads the iam service, which this scan does not include',
      },
      { path: 'options.checks.1', message: 'unknown check id nope' },
      {
        path: 'options.frameworks.0',
        message: 'unknown framework cis_aws_1.2; known: cis_aws_7.0, aws_fsbp',
      },
    ]);
  });
});
