import { describe, expect, it } from 'vitest';
import { denied, NOW, PROJECT_ID, run, statuses } from '../testing.js';
import { key, snapshot } from './fixtures.js';
import check from './kms_key_rotated_90_days.check.js';

const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString();

describe('kms_key_rotated_90_days', () => {
  it('passes a key rotated every 90 days with its next rotation scheduled', () => {
    const data = key('data', { rotationPeriodSeconds: 7_776_000, nextRotationTime: inDays(51) });
    expect(run(check, snapshot([data]))).toEqual([
      {
        resource_id: data.id,
        status: 'PASS',
        reason: `data rotates every 90 days, next on ${inDays(51)}`,
      },
    ]);
  });

  it('fails a key never rotated, one rotated yearly and one whose next rotation is too far', () => {
    const never = key('never', { rotationPeriodSeconds: undefined, nextRotationTime: undefined });
    const yearly = key('yearly', { rotationPeriodSeconds: 31_536_000 });
    const late = key('late', { rotationPeriodSeconds: 2_592_000, nextRotationTime: inDays(200) });
    const unscheduled = key('unscheduled', { nextRotationTime: undefined });
    expect(run(check, snapshot([never, yearly, late, unscheduled]))).toEqual([
      { resource_id: never.id, status: 'FAIL', reason: 'never has no automatic rotation' },
      {
        resource_id: yearly.id,
        status: 'FAIL',
        reason: 'yearly rotates every 365 days, more than 90',
      },
      {
        resource_id: late.id,
        status: 'FAIL',
        reason: `late rotates every 30 days but next on ${inDays(200)}, more than 90 days ahead`,
      },
      {
        resource_id: unscheduled.id,
        status: 'FAIL',
        reason: 'unscheduled has no automatic rotation',
      },
    ]);
  });

  it('leaves out asymmetric and MAC keys, which do not rotate automatically', () => {
    const signer = key('signer', { purpose: 'ASYMMETRIC_SIGN', rotationPeriodSeconds: undefined });
    const mac = key('mac', { purpose: 'MAC', rotationPeriodSeconds: undefined });
    expect(statuses(check, snapshot([signer, mac]))).toEqual({});
  });

  it('is an ERROR on the project naming the call when the keys were not listed', () => {
    const results = run(check, { ...snapshot([]), keys: denied('cloudasset.assets.list') });
    expect(results).toMatchObject([{ resource_id: PROJECT_ID, status: 'ERROR' }]);
    expect(results[0]?.reason).toContain('cloudasset.assets.list: PERMISSION_DENIED');
  });
});
