import { describe, expect, it } from 'vitest';
import { context, run } from '../testing.js';
import check from './rds_resource_required_tags.check.js';
import { cluster, dbSnapshot, instance, snapshot } from './fixtures.js';

const ctx = context({
  options: { check_config: { required_tags: { 'cost-center': ['1234', '5678'] } } },
});

describe('rds_resource_required_tags', () => {
  it('judges instances, clusters and snapshots against the allowed values', () => {
    const s = snapshot({
      instances: [instance('orders', { tags: { 'cost-center': '1234' } })],
      clusters: [cluster('analytics', { tags: { 'cost-center': '9999' } })],
      snapshots: [dbSnapshot('orders-final')],
    });
    expect(run(check, s, ctx).map((r) => [r.status, r.reason])).toEqual([
      ['PASS', 'DB instance orders carries the required tags'],
      ['FAIL', 'DB cluster analytics: cost-center=9999 (allowed: 1234, 5678)'],
      ['FAIL', 'snapshot orders-final: missing cost-center'],
    ]);
  });

  it('reports nothing when no tag is required', () => {
    expect(run(check, snapshot({ instances: [instance('orders')] }))).toEqual([]);
  });
});
