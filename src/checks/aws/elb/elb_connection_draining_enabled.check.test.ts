import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import connectionDraining from './elb_connection_draining_enabled.check.js';
import { attributeFleet as fleet } from './fixtures.js';

const summary = (s = fleet) =>
  run(connectionDraining, s).map((r) => [r.resource_id.split('/').at(-1), r.status]);

describe('elb_connection_draining_enabled', () => {
  it('PASS, FAIL, ERROR naming the call, nothing for a deleted one', () => {
    expect(summary()).toEqual([
      ['good', 'PASS'],
      ['bad', 'FAIL'],
      ['denied', 'ERROR'],
    ]);
    expect(run(connectionDraining, fleet)[2]?.reason).toContain(
      'elasticloadbalancing:DescribeLoadBalancerAttributes was denied',
    );
  });
});
