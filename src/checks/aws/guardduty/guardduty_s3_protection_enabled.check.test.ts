import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './guardduty_s3_protection_enabled.check.js';
import { DENIED, detector, details, snapshot } from './fixtures.js';

describe('guardduty_s3_protection_enabled', () => {
  it('passes S3_DATA_EVENTS enabled, fails it disabled or missing, skips a suspended detector', () => {
    const on = detector('on');
    const off = detector('off', {
      details: details({ features: [{ name: 'S3_DATA_EVENTS', status: 'DISABLED' }] }),
    });
    const missing = detector('missing', { details: details({ features: [] }) });
    const suspended = detector('suspended', { details: details({ status: 'DISABLED' }) });
    expect(run(check, snapshot([on, off, missing, suspended]))).toEqual([
      { resource_id: on.arn, status: 'PASS', reason: 'detector on analyzes S3 data events' },
      { resource_id: off.arn, status: 'FAIL', reason: 'detector off has S3 Protection DISABLED' },
      {
        resource_id: missing.arn,
        status: 'FAIL',
        reason: 'detector missing has S3 Protection not configured',
      },
    ]);
  });

  it('is ERROR when GetDetector was denied', () => {
    const unread = detector('d1', { details: DENIED('guardduty:GetDetector') });
    expect(run(check, snapshot([unread]))[0]?.status).toBe('ERROR');
  });
});
