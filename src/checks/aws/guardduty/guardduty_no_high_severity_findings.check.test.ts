import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './guardduty_no_high_severity_findings.check.js';
import { DENIED, detector, snapshot } from './fixtures.js';

describe('guardduty_no_high_severity_findings', () => {
  it('fails a detector with active high or critical findings and passes one without', () => {
    const hot = detector('d1', {
      findings: { state: 'available', value: { low: 4, medium: 2, high: 1, critical: 1 } },
    });
    const calm = detector('d2');
    expect(run(check, snapshot([hot, calm]))).toEqual([
      {
        resource_id: hot.arn,
        status: 'FAIL',
        reason: 'detector d1 has active findings: 1 critical, 1 high, 2 medium, 4 low',
      },
      {
        resource_id: calm.arn,
        status: 'PASS',
        reason:
          'detector d2 has no active high or critical finding (0 critical, 0 high, 1 medium, 3 low)',
      },
    ]);
  });

  it('is ERROR when the statistics could not be read', () => {
    const unread = detector('d1', { findings: DENIED('guardduty:GetFindingsStatistics') });
    expect(run(check, snapshot([unread]))).toEqual([
      expect.objectContaining({
        resource_id: unread.arn,
        status: 'ERROR',
        reason: expect.stringContaining('guardduty:GetFindingsStatistics was denied'),
      }),
    ]);
  });
});
