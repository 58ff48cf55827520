import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, ancient, hidden, KEY, restricted, sloppy, snapshot, sound } from './fixtures.js';
import secrets from './eks_cluster_kms_cmk_encryption_in_secrets_enabled.check.js';

describe('eks_cluster_kms_cmk_encryption_in_secrets_enabled', () => {
  it('eks_cluster_kms_cmk_encryption_in_secrets_enabled: fails without a secrets key, ERROR when unread', () => {
    expect(statuses(secrets, all)).toEqual({
      [sound.arn]: 'PASS',
      [restricted.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [ancient.arn]: 'PASS',
      [hidden.arn]: 'ERROR',
    });
    expect(run(secrets, snapshot([sound, sloppy])).map((r) => r.reason)).toEqual([
      `cluster prod encrypts Kubernetes secrets with ${KEY}`,
      'cluster dev does not envelope-encrypt Kubernetes secrets with a KMS key',
    ]);
  });
});
