import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import check from './elbv2_listener_recommended_security_policy.check.js';
import { DENIED, http, https, lb, snapshot } from './fixtures.js';

describe('elbv2_listener_recommended_security_policy', () => {
  it('passes the restricted and TLS 1.3 policies, fails the console default and older ones (FSBP ELB.17)', () => {
    const restricted = lb('web', {
      listeners: {
        state: 'available',
        value: [
          https(443, 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06'),
          https(8443, 'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09'),
        ],
      },
    });
    const consoleDefault = lb('shop'); // ELBSecurityPolicy-TLS13-1-2-2021-06
    const legacy = lb('legacy', {
      listeners: {
        state: 'available',
        value: [https(443, 'ELBSecurityPolicy-2016-08'), http(true)],
      },
    });
    const plain = lb('internal', { listeners: { state: 'available', value: [http(false)] } });

    expect(run(check, snapshot([restricted, consoleDefault, legacy, plain]))).toEqual([
      {
        resource_id: restricted.arn,
        status: 'PASS',
        reason:
          'every HTTPS/TLS listener of web uses a recommended policy: port 443 (ELBSecurityPolicy-TLS13-1-2-Res-2021-06), port 8443 (ELBSecurityPolicy-TLS13-1-3-PQ-2025-09)',
      },
      {
        resource_id: consoleDefault.arn,
        status: 'FAIL',
        reason:
          'shop has listeners on a policy outside the recommended ones: port 443 (ELBSecurityPolicy-TLS13-1-2-2021-06)',
      },
      {
        resource_id: legacy.arn,
        status: 'FAIL',
        reason:
          'legacy has listeners on a policy outside the recommended ones: port 443 (ELBSecurityPolicy-2016-08)',
      },
    ]);
  });

  it('is ERROR naming DescribeListeners when the listeners were not read', () => {
    const hidden = lb('hidden', { listeners: DENIED('elasticloadbalancing:DescribeListeners') });
    const [result] = run(check, snapshot([hidden]));
    expect(result?.status).toBe('ERROR');
    expect(result?.reason).toContain('elasticloadbalancing:DescribeListeners was denied');
    expect(statuses(check, snapshot([]))).toEqual({});
  });
});
