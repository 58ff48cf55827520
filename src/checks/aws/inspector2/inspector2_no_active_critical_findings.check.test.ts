import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './inspector2_no_active_critical_findings.check.js';
import { DENIED, REGION_ID, all, findings, snapshot } from './fixtures.js';

describe('inspector2_no_active_critical_findings', () => {
  it('passes a region without active critical findings and fails one with some', () => {
    expect(run(check, all)).toEqual([
      {
        resource_id: REGION_ID,
        status: 'PASS',
        reason:
          'Inspector has no active critical finding in eu-west-3 (0 critical, 2 high, 10 medium, 12 in all)',
      },
    ]);
    expect(run(check, snapshot({ findings: findings({ all: 15, critical: 3 }) }))).toEqual([
      {
        resource_id: REGION_ID,
        status: 'FAIL',
        reason:
          'Inspector has active findings in eu-west-3: 3 critical, 2 high, 10 medium, 15 in all',
      },
    ]);
  });

  it('says nothing where Inspector scans nothing (the findings were not read)', () => {
    const off = snapshot({
      findings: {
        state: 'absent',
        action: 'inspector2:ListFindingAggregations',
        errorCode: 'NotEnabled',
      },
    });
    expect(run(check, off)).toEqual([]);
  });

  it('is ERROR when the aggregation could not be read', () => {
    expect(
      run(check, snapshot({ findings: DENIED('inspector2:ListFindingAggregations') })),
    ).toEqual([
      expect.objectContaining({
        status: 'ERROR',
        reason: expect.stringContaining('inspector2:ListFindingAggregations was denied'),
      }),
    ]);
  });
});
