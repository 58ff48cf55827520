import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, certificate, ec, failed, pending, snapshot, sound, weak } from './fixtures.js';
import issued from './acm_certificate_request_issued.check.js';

describe('acm_certificate_request_issued', () => {
  it('acm_certificate_request_issued: fails failed and pending requests, leaves expired ones to the expiry check', () => {
    expect(statuses(issued, all)).toEqual({
      [sound.arn]: 'PASS',
      [weak.arn]: 'PASS',
      [ec.arn]: 'PASS',
      [pending.arn]: 'FAIL',
      [failed.arn]: 'FAIL',
    });
    expect(run(issued, snapshot([failed])).map((r) => r.reason)).toEqual([
      'certificate typo.example.com is FAILED (requested 2026-06-04)',
    ]);
  });

  it('acm_certificate_request_issued: fails a revoked certificate', () => {
    const revoked = certificate('r', { status: 'REVOKED' });
    expect(statuses(issued, snapshot([revoked]))).toEqual({ [revoked.arn]: 'FAIL' });
  });
});
