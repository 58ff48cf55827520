import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hidden, sloppy, sound } from './fixtures.js';
import check from './redshift_cluster_encrypted_at_rest.check.js';

const reason = (id: string) => run(check, all).find((r) => r.resource_id === id)?.reason;

describe('redshift_cluster_encrypted_at_rest', () => {
  it('redshift_cluster_encrypted_at_rest: names the KMS key, fails unencrypted', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'PASS',
    });
    expect(reason(sound.arn)).toBe(
      `cluster warehouse is encrypted at rest with KMS key ${sound.kmsKeyId}`,
    );
  });
});
