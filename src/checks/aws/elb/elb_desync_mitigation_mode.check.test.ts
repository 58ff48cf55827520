import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import desync from './elb_desync_mitigation_mode.check.js';
import { attributeFleet as fleet, attributes, lb, snapshot } from './fixtures.js';

const summary = (s = fleet) =>
  run(desync, s).map((r) => [r.resource_id.split('/').at(-1), r.status]);

describe('elb_desync_mitigation_mode', () => {
  it('PASS, FAIL, ERROR naming the call, nothing for a deleted one', () => {
    expect(summary()).toEqual([
      ['good', 'PASS'],
      ['bad', 'FAIL'],
      ['denied', 'ERROR'],
    ]);
    expect(run(desync, fleet)[2]?.reason).toContain(
      'elasticloadbalancing:DescribeLoadBalancerAttributes was denied',
    );
  });

  it('elb_desync_mitigation_mode: strictest passes, an unanswered mode is ERROR', () => {
    const s = snapshot([
      lb('strict', {
        attributes: {
          state: 'available',
          value: attributes({ desyncMitigationMode: 'strictest' }),
        },
      }),
      lb('silent', {
        attributes: {
          state: 'available',
          value: { ...attributes(), desyncMitigationMode: undefined },
        },
      }),
    ]);
    expect(summary(s)).toEqual([
      ['strict', 'PASS'],
      ['silent', 'ERROR'],
    ]);
  });
});
