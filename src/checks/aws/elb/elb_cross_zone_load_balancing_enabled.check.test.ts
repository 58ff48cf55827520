import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import crossZone from './elb_cross_zone_load_balancing_enabled.check.js';
import { attributeFleet as fleet } from './fixtures.js';

const summary = (s = fleet) =>
  run(crossZone, s).map((r) => [r.resource_id.split('/').at(-1), r.status]);

describe('elb_cross_zone_load_balancing_enabled', () => {
  it('PASS, FAIL, ERROR naming the call, nothing for a deleted one', () => {
    expect(summary()).toEqual([
      ['good', 'PASS'],
      ['bad', 'FAIL'],
      ['denied', 'ERROR'],
    ]);
    expect(run(crossZone, fleet)[2]?.reason).toContain(
      'elasticloadbalancing:DescribeLoadBalancerAttributes was denied',
    );
  });
});
