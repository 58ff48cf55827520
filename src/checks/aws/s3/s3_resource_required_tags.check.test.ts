import { describe, expect, it } from 'vitest';
import { context, run } from '../testing.js';
import check from './s3_resource_required_tags.check.js';
import { bucket, configured, denied, NONE, snapshot } from './fixtures.js';

const ctx = context({ options: { check_config: { required_tags: { owner: [] } } } });

describe('s3_resource_required_tags', () => {
  it('judges tagged, untagged and unreadable buckets', () => {
    const s = snapshot([
      bucket('tagged', { tags: configured({ owner: 'data' }) }),
      bucket('untagged', { tags: NONE }),
      bucket('hidden', { tags: denied('GetBucketTagging') }),
    ]);
    expect(run(check, s, ctx).map((r) => [r.status, r.reason])).toEqual([
      ['PASS', 'bucket tagged carries the required tags'],
      ['FAIL', 'bucket untagged: missing owner'],
      ['ERROR', "hidden's tags could not be read: s3:GetBucketTagging was denied (AccessDenied)"],
    ]);
  });

  it('reports nothing when no tag is required', () => {
    expect(run(check, snapshot([bucket('b', { tags: NONE })]))).toEqual([]);
  });
});
