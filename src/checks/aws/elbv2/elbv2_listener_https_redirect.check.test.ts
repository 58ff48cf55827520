import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './elbv2_listener_https_redirect.check.js';
import { DENIED, http, https, lb, snapshot } from './fixtures.js';

describe('elbv2_listener_https_redirect', () => {
  it('fails an ALB serving plain HTTP, passes one that redirects, leaves NLBs out', () => {
    const safe = lb('web');
    const clear = lb('legacy', {
      listeners: { state: 'available', value: [http(false, 8080), https()] },
    });
    const nlb = lb('ingest', { type: 'network', listeners: { state: 'available', value: [] } });

    expect(run(check, snapshot([safe, clear, nlb]))).toEqual([
      {
        resource_id: safe.arn,
        status: 'PASS',
        reason: 'every HTTP listener of web redirects to HTTPS',
      },
      {
        resource_id: clear.arn,
        status: 'FAIL',
        reason: 'legacy serves plain HTTP on port 8080 without redirecting to HTTPS',
      },
    ]);
  });

  it('is ERROR naming DescribeListeners when the listeners were not read', () => {
    const denied = lb('web', { listeners: DENIED('elasticloadbalancing:DescribeListeners') });
    expect(run(check, snapshot([denied]))).toEqual([
      {
        resource_id: denied.arn,
        status: 'ERROR',
        reason:
          'the listeners of web could not be read: elasticloadbalancing:DescribeListeners was denied (AccessDenied) — not authorized',
      },
    ]);
  });
});
