import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, certificate, ec, expired, snapshot, sound, weak } from './fixtures.js';
import expiration from './acm_certificates_expiration_check.check.js';

describe('acm_certificates_expiration_check', () => {
  it('acm_certificates_expiration_check: fails within 30 days and once expired; requests are not judged', () => {
    expect(statuses(expiration, all)).toEqual({
      [sound.arn]: 'PASS',
      [weak.arn]: 'FAIL',
      [ec.arn]: 'PASS',
      [expired.arn]: 'FAIL',
    });
    expect(run(expiration, snapshot([weak, expired])).map((r) => r.reason)).toEqual([
      'certificate legacy.example.com (IMPORTED) expires in 12 days (in use)',
      'certificate old.example.com (AMAZON_ISSUED) expired 40 days ago (not in use)',
    ]);
  });

  it('acm_certificates_expiration_check: ERROR, not PASS, for an issued certificate without NotAfter', () => {
    const undated = certificate('x', { notAfter: undefined });
    expect(statuses(expiration, snapshot([undated]))).toEqual({ [undated.arn]: 'ERROR' });
  });
});
