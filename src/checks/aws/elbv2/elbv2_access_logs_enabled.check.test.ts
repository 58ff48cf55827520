import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import accessLogs from './elbv2_access_logs_enabled.check.js';
import { DENIED, lb, snapshot } from './fixtures.js';

const off = lb('off', {
  attributes: {
    state: 'available',
    value: {
      accessLogsEnabled: false,
      deletionProtectionEnabled: false,
      dropInvalidHeaderFields: false,
    },
  },
});
const on = lb('on');
const nlb = lb('ingest', {
  type: 'network',
  attributes: {
    state: 'available',
    value: { accessLogsEnabled: false, deletionProtectionEnabled: true },
  },
});
const denied = lb('denied', {
  attributes: DENIED('elasticloadbalancing:DescribeLoadBalancerAttributes'),
});
const all = snapshot([on, off, nlb, denied]);
const summary = (check: typeof accessLogs) =>
  run(check, all).map((r) => [r.resource_id.split('/')[2], r.status]);

describe('elbv2_access_logs_enabled', () => {
  it('elbv2_access_logs_enabled judges ALBs only', () => {
    expect(summary(accessLogs)).toEqual([
      ['on', 'PASS'],
      ['off', 'FAIL'],
      ['denied', 'ERROR'],
    ]);
  });
});
