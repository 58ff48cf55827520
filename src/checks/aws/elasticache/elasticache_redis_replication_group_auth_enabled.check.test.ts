import { describe, expect, it } from 'vitest';
import { regionScope } from '../regional.js';
import { context, run, statuses } from '../testing.js';
import { all, groupsDenied, sloppy, sound, standalone, tokens } from './fixtures.js';
import check from './elasticache_redis_replication_group_auth_enabled.check.js';

describe('elasticache_redis_replication_group_auth_enabled', () => {
  it('elasticache_redis_replication_group_auth_enabled: passes AUTH or RBAC, fails neither', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [tokens.arn]: 'PASS',
      [standalone.arn]: 'FAIL',
    });
    expect(run(check, all).find((r) => r.resource_id === standalone.arn)?.reason).toBe(
      'cache cluster lone has neither an AUTH token nor an RBAC user group: any client that reaches it is let in',
    );
  });

  it('elasticache_redis_replication_group_auth_enabled: ERROR on the region when the replication groups are unread, standalone nodes still judged', () => {
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
