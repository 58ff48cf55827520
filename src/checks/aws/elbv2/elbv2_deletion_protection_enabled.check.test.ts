import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import deletionProtection from './elbv2_deletion_protection_enabled.check.js';
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
const summary = (check: typeof deletionProtection) =>
  run(check, all).map((r) => [r.resource_id.split('/')[2], r.status]);

describe('elbv2_deletion_protection_enabled', () => {
  it('elbv2_deletion_protection_enabled judges every type', () => {
    expect(summary(deletionProtection)).toEqual([
      ['on', 'PASS'],
      ['off', 'FAIL'],
      ['ingest', 'PASS'],
      ['denied', 'ERROR'],
    ]);
  });
});
