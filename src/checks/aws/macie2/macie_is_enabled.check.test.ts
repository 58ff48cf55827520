import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './macie_is_enabled.check.js';
import { DENIED, REGION_ID, all, disabled, session, snapshot } from './fixtures.js';

describe('macie_is_enabled', () => {
  it('passes a region where Macie is ENABLED', () => {
    expect(run(check, all)).toEqual([
      { resource_id: REGION_ID, status: 'PASS', reason: 'Macie is ENABLED in eu-west-3' },
    ]);
  });

  it('fails a region where Macie is not enabled, and one where it is PAUSED', () => {
    expect(run(check, disabled)).toEqual([
      { resource_id: REGION_ID, status: 'FAIL', reason: 'Macie is not enabled in eu-west-3' },
    ]);
    expect(run(check, snapshot({ session: session({ status: 'PAUSED' }) }))).toEqual([
      {
        resource_id: REGION_ID,
        status: 'FAIL',
        reason: 'Macie is PAUSED (suspended) in eu-west-3',
      },
    ]);
  });

  it('is ERROR, never FAIL, when GetMacieSession was denied', () => {
    expect(run(check, snapshot({ session: DENIED('macie2:GetMacieSession') }))).toEqual([
      expect.objectContaining({
        resource_id: REGION_ID,
        status: 'ERROR',
        reason: expect.stringContaining('macie2:GetMacieSession was denied'),
      }),
    ]);
  });
});
