import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './cloudwatch_log_metric_filter_root_usage.check.js';
import { alarm, filter, monitoredTrail, monitoring, SCOPE } from './fixtures.js';
import { MONITORING_PATTERNS } from './patterns.js';

const ROOT = MONITORING_PATTERNS.root_usage.example;
const trails = (multiRegionHome: ReturnType<typeof monitoredTrail>[], multiRegionElsewhere = 0) =>
  ({ state: 'available', value: { multiRegionHome, multiRegionElsewhere } }) as const;

describe('monitoring checks across trails and regions', () => {
  it('fails where no multi-region trail exists at all', () => {
    expect(run(check, monitoring([], [], { trails: trails([]) }))).toEqual([
      {
        resource_id: SCOPE,
        status: 'FAIL',
        reason: 'no multi-region trail delivers events to watch for use of the root user',
      },
    ]);
  });

  it('leaves a region that only sees a trail homed elsewhere to that region', () => {
    expect(run(check, monitoring([], [], { trails: trails([], 1) }))).toEqual([]);
  });

  it('fails when the home trail cannot feed monitoring, saying why', () => {
    const stopped = monitoredTrail({ status: { state: 'available', value: { isLogging: false } } });
    const noLogs = monitoredTrail({
      name: 'bare',
      logGroupName: undefined,
      logGroupRegion: undefined,
    });
    expect(
      run(
        check,
        monitoring([filter('root', ROOT)], [alarm('root')], { trails: trails([stopped, noLogs]) }),
      ),
    ).toEqual([
      {
        resource_id: SCOPE,
        status: 'FAIL',
        reason: 'trail audit is not logging; trail bare does not deliver to CloudWatch Logs',
      },
    ]);
  });

  it('reports ERROR when the trails or their status were denied', () => {
    const denied = {
      state: 'denied',
      action: 'cloudtrail:DescribeTrails',
      errorCode: 'AccessDeniedException',
    } as const;
    expect(run(check, monitoring([], [], { trails: denied }))[0]).toMatchObject({
      status: 'ERROR',
    });
    const status = monitoredTrail({
      status: {
        state: 'denied',
        action: 'cloudtrail:GetTrailStatus',
        errorCode: 'AccessDeniedException',
      },
    });
    expect(run(check, monitoring([], [], { trails: trails([status]) }))[0]).toEqual({
      resource_id: SCOPE,
      status: 'ERROR',
      reason:
        'the status of trail audit could not be read: cloudtrail:GetTrailStatus was denied (AccessDeniedException)',
    });
  });

  it('fails an alarm that notifies nobody, and passes once another one does', () => {
    const silent = alarm('root-silent', 'root', []);
    expect(run(check, monitoring([filter('root', ROOT)], [silent]))[0]).toEqual({
      resource_id: SCOPE,
      status: 'FAIL',
      reason: 'filter root has alarm root-silent, which notifies nobody (no enabled alarm action)',
    });
    expect(
      run(check, monitoring([filter('root', ROOT)], [silent, alarm('root-page', 'root')]))[0]!
        .status,
    ).toBe('PASS');
  });

  it('ignores filters on other log groups and alarms on other metrics', () => {
    const elsewhere = { ...filter('root', ROOT), logGroupName: 'app/logs' };
    expect(run(check, monitoring([elsewhere], [alarm('root')]))[0]).toMatchObject({
      status: 'FAIL',
    });
    expect(
      run(check, monitoring([filter('root', ROOT)], [alarm('other', 'SomethingElse')]))[0],
    ).toMatchObject({
      reason: 'filter root has no alarm on its metric',
    });
  });

  it('reports ERROR when the alarms were denied though a filter matches', () => {
    const snapshot = monitoring([filter('root', ROOT)], [], {
      alarms: { state: 'denied', action: 'cloudwatch:DescribeAlarms', errorCode: 'AccessDenied' },
    });
    expect(run(check, snapshot)[0]).toMatchObject({
      status: 'ERROR',
      reason:
        'the metric alarms could not be read: cloudwatch:DescribeAlarms was denied (AccessDenied)',
    });
  });
});
