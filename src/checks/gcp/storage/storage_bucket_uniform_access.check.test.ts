import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { bucket, snapshot } from './fixtures.js';
import check from './storage_bucket_uniform_access.check.js';

describe('storage_bucket_uniform_access', () => {
  it('fails a fine-grained bucket and passes a uniform one', () => {
    const acl = bucket('acl', { uniformBucketLevelAccess: false });
    const uniform = bucket('uniform');
    expect(statuses(check, snapshot([acl, uniform]))).toEqual({
      [acl.id]: 'FAIL',
      [uniform.id]: 'PASS',
    });
  });
});
