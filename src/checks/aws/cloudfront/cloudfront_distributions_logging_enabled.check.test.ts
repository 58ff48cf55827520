import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './cloudfront_distributions_logging_enabled.check.js';
import { DENIED, dist, snapshot } from './fixtures.js';

const OFF = { state: 'available' as const, value: { logging: { enabled: false } } };

describe('cloudfront_distributions_logging_enabled', () => {
  it('passes standard logging or a v2 delivery, fails neither', () => {
    const s3 = dist('ES3');
    const v2 = dist('EV2', { config: OFF });
    const none = dist('ENONE', { config: OFF });
    expect(
      run(
        check,
        snapshot([s3, v2, none], { logDeliverySources: { state: 'available', value: [v2.arn] } }),
      ),
    ).toEqual([
      {
        resource_id: s3.arn,
        status: 'PASS',
        reason: 'ES3 logs to logs.s3.amazonaws.com (standard logging)',
      },
      {
        resource_id: v2.arn,
        status: 'PASS',
        reason: 'EV2 delivers standard logs v2 through CloudWatch Logs',
      },
      { resource_id: none.arn, status: 'FAIL', reason: 'ENONE delivers no access logs' },
    ]);
  });

  it('is ERROR, never FAIL, when a source that could say yes was not read', () => {
    const unreadConfig = dist('ECFG', { config: DENIED('cloudfront:GetDistributionConfig') });
    const off = dist('EOFF', { config: OFF });
    const results = run(
      check,
      snapshot([unreadConfig, off], { logDeliverySources: DENIED('logs:DescribeDeliverySources') }),
    );
    expect(results.map((r) => r.status)).toEqual(['ERROR', 'ERROR']);
    expect(results[0]?.reason).toContain('cloudfront:GetDistributionConfig was denied');
    expect(results[1]?.reason).toContain('logs:DescribeDeliverySources was denied');
  });
});
