import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, memo, sloppyNode, soundNodes, standalone, tokenNodes } from './fixtures.js';
import check from './elasticache_cluster_auto_minor_version_upgrades.check.js';

describe('elasticache_cluster_auto_minor_version_upgrades', () => {
  it('elasticache_cluster_auto_minor_version_upgrades: judges every cache cluster, Memcached included', () => {
    expect(statuses(check, all)).toEqual({
      ...Object.fromEntries([...soundNodes, ...tokenNodes].map((n) => [n.arn, 'PASS'])),
      [sloppyNode.arn]: 'FAIL',
      [standalone.arn]: 'PASS',
      [memo.arn]: 'PASS',
    });
    expect(run(check, all).find((r) => r.resource_id === sloppyNode.arn)?.reason).toBe(
      'cache cluster legacy-cache-001 (redis 5.0.6) does not upgrade minor versions automatically',
    );
  });
});
