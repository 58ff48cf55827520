import { expect, it } from 'vitest';
import type { CheckDefinition } from '../../../core/index.js';
import type { LogsRegionSnapshot } from '../../../providers/aws/services/logs/model.js';
import { run } from '../testing.js';
import { conditionKey } from './filter-pattern.js';
import { alarm, filter, monitoring, SCOPE } from './fixtures.js';
import type { MonitoringPattern } from './patterns.js';

/** PASS, FAIL and ERROR cases every monitoring check must meet, from its own pattern. */
export function monitoringCases(
  check: CheckDefinition<LogsRegionSnapshot>,
  pattern: MonitoringPattern,
): void {
  it('passes with the benchmark’s filter and an alarm that notifies', () => {
    const snapshot = monitoring([filter('cis', pattern.example)], [alarm('cis-alarm', 'cis')]);
    expect(run(check, snapshot)).toEqual([
      {
        resource_id: SCOPE,
        status: 'PASS',
        reason: 'filter cis on cloudtrail/audit feeds alarm cis-alarm',
      },
    ]);
  });

  it('passes with the same filter written on one line, without quotes or parentheses', () => {
    const compact = pattern.example.replace(/"/g, '').replace(/[()]/g, '').replace(/\s+/g, ' ');
    const snapshot = monitoring([filter('compact', compact)], [alarm('a', 'compact')]);
    expect(run(check, snapshot)[0]!.status).toBe('PASS');
  });

  it('fails when the filter lacks one of the benchmark’s conditions, naming it', () => {
    const last = pattern.require[pattern.require.length - 1]!;
    const partial = pattern.require
      .slice(0, -1)
      .map((c) => `(${conditionKey(c)})`)
      .join(' || ');
    const snapshot = monitoring([filter('partial', `{ ${partial} }`)], [alarm('a', 'partial')]);
    expect(run(check, snapshot)).toEqual([
      {
        resource_id: SCOPE,
        status: 'FAIL',
        reason: `no metric filter on cloudtrail/audit watches ${pattern.watches}; closest, partial, lacks ${conditionKey(last)}`,
      },
    ]);
  });

  it('fails when the filter has no alarm', () => {
    const snapshot = monitoring([filter('cis', pattern.example)], []);
    expect(run(check, snapshot)[0]).toMatchObject({
      status: 'FAIL',
      reason: 'filter cis has no alarm on its metric',
    });
  });

  it('reports ERROR naming the permission when the metric filters were denied', () => {
    const snapshot = monitoring([], [], {
      metricFilters: {
        state: 'denied',
        action: 'logs:DescribeMetricFilters',
        errorCode: 'AccessDeniedException',
      },
    });
    expect(run(check, snapshot)).toEqual([
      {
        resource_id: SCOPE,
        status: 'ERROR',
        reason:
          'the metric filters could not be read: logs:DescribeMetricFilters was denied (AccessDeniedException)',
      },
    ]);
  });
}
