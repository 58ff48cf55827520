import { describe, expect, it } from 'vitest';
import { regionScope } from '../regional.js';
import { context, run, statuses } from '../testing.js';
import { all, groupsDenied, sloppy, sound, standalone, tokens } from './fixtures.js';
import check from './elasticache_redis_cluster_automatic_failover_enabled.check.js';

describe('elasticache_redis_cluster_automatic_failover_enabled', () => {
  it('elasticache_redis_cluster_automatic_failover_enabled: fails disabled failover and single nodes', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [tokens.arn]: 'FAIL',
      [standalone.arn]: 'FAIL',
    });
    expect(run(check, all).find((r) => r.resource_id === sloppy.arn)?.reason).toBe(
      'replication group legacy-cache is a single node: no replica to fail over to, its failure loses the cache',
    );
  });

  it('elasticache_redis_cluster_automatic_failover_enabled: ERROR on the region when the replication groups are unread, standalone nodes still judged', () => {
    const results = run(check, groupsDenied);
    expect(results.map((r) => [r.resource_id, r.status])).toEqual([
      [regionScope('elasticache', context()), 'ERROR'],
      [standalone.arn, 'FAIL'],
    ]);
    expect(results[0]?.reason).toBe(
      'the replication groups could not be read: elasticache:DescribeReplicationGroups was denied (AccessDenied) — not authorized to perform this action',
    );
  });
});
