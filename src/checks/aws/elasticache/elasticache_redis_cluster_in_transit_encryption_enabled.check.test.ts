import { describe, expect, it } from 'vitest';
import { regionScope } from '../regional.js';
import { context, run, statuses } from '../testing.js';
import { all, groupsDenied, sloppy, sound, standalone, tokens } from './fixtures.js';
import check from './elasticache_redis_cluster_in_transit_encryption_enabled.check.js';

describe('elasticache_redis_cluster_in_transit_encryption_enabled', () => {
  it('elasticache_redis_cluster_in_transit_encryption_enabled: fails plaintext and the preferred mode', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [tokens.arn]: 'FAIL',
      [standalone.arn]: 'PASS',
    });
    expect(run(check, all).find((r) => r.resource_id === tokens.arn)?.reason).toBe(
      'replication group tokens encrypts in transit in the preferred mode: plaintext clients are still accepted',
    );
  });

  it('elasticache_redis_cluster_in_transit_encryption_enabled: ERROR on the region when the replication groups are unread, standalone nodes still judged', () => {
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
