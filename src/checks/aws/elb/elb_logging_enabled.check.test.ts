import { describe, expect, it } from 'vitest';
import { allUnreadable, run } from '../testing.js';
import logging from './elb_logging_enabled.check.js';
import { attributeFleet as fleet, all } from './fixtures.js';
import { ELB_CHECKS } from './index.js';

const summary = (s = fleet) =>
  run(logging, s).map((r) => [r.resource_id.split('/').at(-1), r.status]);

describe('elb_logging_enabled', () => {
  it('PASS, FAIL, ERROR naming the call, nothing for a deleted one', () => {
    expect(summary()).toEqual([
      ['good', 'PASS'],
      ['bad', 'FAIL'],
      ['denied', 'ERROR'],
    ]);
    expect(run(logging, fleet)[2]?.reason).toContain(
      'elasticloadbalancing:DescribeLoadBalancerAttributes was denied',
    );
  });

  it('no check passes an unreadable snapshot', () => {
    const unreadable = allUnreadable(all);
    for (const check of ELB_CHECKS)
      expect(run(check as typeof logging, unreadable).filter((r) => r.status === 'PASS')).toEqual(
        [],
      );
  });
});
