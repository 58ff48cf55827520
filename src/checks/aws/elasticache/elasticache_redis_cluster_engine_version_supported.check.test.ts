import { describe, expect, it } from 'vitest';
import { regionScope } from '../regional.js';
import { context, run, statuses } from '../testing.js';
import { all, groupsDenied, sloppy, sound, standalone, tokens } from './fixtures.js';
import check from './elasticache_redis_cluster_engine_version_supported.check.js';

describe('elasticache_redis_cluster_engine_version_supported', () => {
  it('elasticache_redis_cluster_engine_version_supported: fails Redis OSS 5, ERROR on mixed versions', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [tokens.arn]: 'ERROR',
      [standalone.arn]: 'PASS',
    });
    expect(run(check, all).find((r) => r.resource_id === sloppy.arn)?.reason).toBe(
      'replication group legacy-cache runs Redis OSS 5.0.6, out of standard support since 31 January 2026',
    );
  });

  it('elasticache_redis_cluster_engine_version_supported: ERROR on the region when the replication groups are unread, standalone nodes still judged', () => {
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
