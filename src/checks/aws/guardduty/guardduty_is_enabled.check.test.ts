import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './guardduty_is_enabled.check.js';
import { DENIED, REGION_ID, detector, details, snapshot } from './fixtures.js';

describe('guardduty_is_enabled', () => {
  it('passes a region with an enabled detector', () => {
    expect(run(check, snapshot([detector('d1')]))).toEqual([
      { resource_id: REGION_ID, status: 'PASS', reason: 'detector d1 is ENABLED' },
    ]);
  });

  it('fails a region without a detector, and one whose detector is suspended', () => {
    expect(run(check, snapshot([]))).toEqual([
      { resource_id: REGION_ID, status: 'FAIL', reason: 'no GuardDuty detector in eu-west-3' },
    ]);
    const suspended = detector('d1', { details: details({ status: 'DISABLED' }) });
    expect(run(check, snapshot([suspended]))).toEqual([
      {
        resource_id: REGION_ID,
        status: 'FAIL',
        reason: 'the GuardDuty detector of eu-west-3 is suspended: d1',
      },
    ]);
  });

  it('is ERROR when the detectors, or the only detector’s status, could not be read', () => {
    expect(run(check, snapshot(DENIED('guardduty:ListDetectors')))).toEqual([
      expect.objectContaining({
        resource_id: REGION_ID,
        status: 'ERROR',
        reason: expect.stringContaining('guardduty:ListDetectors was denied'),
      }),
    ]);
    const unread = detector('d1', { details: DENIED('guardduty:GetDetector') });
    expect(run(check, snapshot([unread]))).toEqual([
      expect.objectContaining({
        status: 'ERROR',
        reason: expect.stringContaining('guardduty:GetDetector was denied'),
      }),
    ]);
  });
});
