import { describe, expect, it } from 'vitest';
import { allUnreadable, run } from '../testing.js';
import connectionDraining from './elb_connection_draining_enabled.check.js';
import crossZone from './elb_cross_zone_load_balancing_enabled.check.js';
import desync from './elb_desync_mitigation_mode.check.js';
import logging from './elb_logging_enabled.check.js';
import { ELB_CHECKS } from './index.js';
import { all, attributes, DENIED, lb, snapshot } from './fixtures.js';

const summary = (check: (typeof ELB_CHECKS)[number], s = fleet) =>
  run(check as typeof logging, s).map((r) => [r.resource_id.split('/').at(-1), r.status]);

const fleet = snapshot([
  lb('good'),
  lb('bad', {
    attributes: {
      state: 'available',
      value: attributes({
        accessLogsEnabled: false,
        connectionDrainingEnabled: false,
        crossZoneEnabled: false,
        desyncMitigationMode: 'monitor',
      }),
    },
  }),
  lb('denied', { attributes: DENIED('elasticloadbalancing:DescribeLoadBalancerAttributes') }),
  lb('gone', {
    attributes: {
      ...DENIED('elasticloadbalancing:DescribeLoadBalancerAttributes'),
      state: 'absent',
    },
  }),
]);

describe('Classic Load Balancer attribute checks', () => {
  for (const check of [logging, connectionDraining, crossZone, desync]) {
    it(`${check.id}: PASS, FAIL, ERROR naming the call, nothing for a deleted one`, () => {
      expect(summary(check)).toEqual([
        ['good', 'PASS'],
        ['bad', 'FAIL'],
        ['denied', 'ERROR'],
      ]);
      expect(run(check, fleet)[2]?.reason).toContain(
        'elasticloadbalancing:DescribeLoadBalancerAttributes was denied',
      );
    });
  }

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
    expect(summary(desync, s)).toEqual([
      ['strict', 'PASS'],
      ['silent', 'ERROR'],
    ]);
  });

  it('no check passes an unreadable snapshot', () => {
    const unreadable = allUnreadable(all);
    for (const check of ELB_CHECKS)
      expect(run(check as typeof logging, unreadable).filter((r) => r.status === 'PASS')).toEqual(
        [],
      );
  });
});
