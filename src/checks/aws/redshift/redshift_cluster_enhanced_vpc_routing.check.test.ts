import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hidden, sloppy, sound } from './fixtures.js';
import check from './redshift_cluster_enhanced_vpc_routing.check.js';

const reason = (id: string) => run(check, all).find((r) => r.resource_id === id)?.reason;

describe('redshift_cluster_enhanced_vpc_routing', () => {
  it('redshift_cluster_enhanced_vpc_routing: fails routing outside the VPC', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'PASS',
    });
    expect(reason(sloppy.arn)).toBe('cluster adhoc does not use enhanced VPC routing');
  });
});
