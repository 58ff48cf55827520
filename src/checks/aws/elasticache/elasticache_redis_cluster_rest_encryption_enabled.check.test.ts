import { describe, expect, it } from 'vitest';
import { regionScope } from '../regional.js';
import { context, run, statuses } from '../testing.js';
import { all, groupsDenied, sloppy, sound, standalone, tokens } from './fixtures.js';
import check from './elasticache_redis_cluster_rest_encryption_enabled.check.js';

describe('elasticache_redis_cluster_rest_encryption_enabled', () => {
  it('elasticache_redis_cluster_rest_encryption_enabled: fails an unencrypted group', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [tokens.arn]: 'PASS',
      [standalone.arn]: 'PASS',
    });
    expect(run(check, all).find((r) => r.resource_id === tokens.arn)?.reason).toBe(
      'replication group tokens is encrypted at rest (AWS owned key)',
    );
  });

  it('elasticache_redis_cluster_rest_encryption_enabled: ERROR on the region when the replication groups are unread, standalone nodes still judged', () => {
    const results = run(check, groupsDenied);
    expect(results.map((r) => [r.resource_id, r.status])).toEqual([
      [regionScope('elasticache', context()), 'ERROR'],
      [standalone.arn, 'PASS'],
    ]);
    expect(results[0]?.reason).toBe(
      'the replication groups could not be read: elasticache:DescribeReplicationGroups was denied (AccessDenied) — not authorized to perform this action',
    );
  });
});
