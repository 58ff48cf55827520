import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import dropHeaders from './elbv2_drop_invalid_header_fields.check.js';
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
const summary = (check: typeof dropHeaders) =>
  run(check, all).map((r) => [r.resource_id.split('/')[2], r.status]);

describe('elbv2_drop_invalid_header_fields', () => {
  it('elbv2_drop_invalid_header_fields judges ALBs, and says so when the attribute is missing', () => {
    expect(summary(dropHeaders)).toEqual([
      ['on', 'PASS'],
      ['off', 'FAIL'],
      ['denied', 'ERROR'],
    ]);
    const missing = lb('old', { attributes: { state: 'available', value: {} } });
    expect(run(dropHeaders, snapshot([missing]))[0]).toEqual({
      resource_id: missing.arn,
      status: 'ERROR',
      reason:
        'DescribeLoadBalancerAttributes returned no routing.http.drop_invalid_header_fields.enabled for old',
    });
  });
});
