import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  DescribeMetricFiltersCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { MetricCatalogue } from '../../../../core/index.js';
import { awsError, calledActions } from '../../testing/mock-calls.js';
import {
  drainEvents,
  FAKE_CREDENTIALS,
  fakeClients,
  unitContext,
  valueOf,
} from '../../testing/unit-context.js';
import { collectLogsSnapshot, parseLogGroupArn } from './collector.js';
import * as fx from './fixtures/sdk.js';
import { LOGS_METRIC as L, LOGS_METRICS } from './metrics.js';
import { logsScanner } from './scanner.js';

const trail = mockClient(CloudTrailClient);
const logs = mockClient(CloudWatchLogsClient);
const cloudwatch = mockClient(CloudWatchClient);
const REGION_ID = 'arn:aws:logs:eu-west-1:123456789012:region/eu-west-1';
const context = () =>
  unitContext(
    fakeClients(
      fx.REGION,
      new CloudTrailClient({ region: fx.REGION, credentials: FAKE_CREDENTIALS }),
      new CloudWatchLogsClient({ region: fx.REGION, credentials: FAKE_CREDENTIALS }),
      new CloudWatchClient({ region: fx.REGION, credentials: FAKE_CREDENTIALS }),
    ),
  );

beforeEach(() => {
  for (const m of [trail, logs, cloudwatch]) m.reset();
  trail
    .on(DescribeTrailsCommand)
    .resolves(fx.describeTrails)
    .on(GetTrailStatusCommand)
    .resolves({ IsLogging: true })
    .on(GetEventSelectorsCommand)
    .resolves({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] });
  logs
    .on(DescribeMetricFiltersCommand)
    .callsFake((input: { nextToken?: string }) =>
      input.nextToken === 'filters-2' ? fx.filtersPage2 : fx.filtersPage1,
    );
  cloudwatch
    .on(DescribeAlarmsCommand)
    .callsFake((input: { NextToken?: string }) =>
      input.NextToken === 'alarms-2' ? fx.alarmsPage2 : fx.alarmsPage1,
    );
});

describe('logsScanner collection', () => {
  it('reads the filters of the home multi-region trail’s log group and the region’s alarms, page by page', async () => {
    const snapshot = await collectLogsSnapshot(context());

    expect(trail.commandCalls(GetTrailStatusCommand).map((c) => c.args[0].input.Name)).toEqual([
      fx.TRAIL_ARN,
    ]);
    const filterCalls = logs.commandCalls(DescribeMetricFiltersCommand).map((c) => c.args[0].input);
    expect(filterCalls).toHaveLength(2);
    expect(filterCalls[0]).toMatchObject({ logGroupName: fx.LOG_GROUP, limit: 50 });
    const alarmCalls = cloudwatch.commandCalls(DescribeAlarmsCommand).map((c) => c.args[0].input);
    expect(alarmCalls).toHaveLength(2);
    expect(alarmCalls[0]).toMatchObject({ AlarmTypes: ['MetricAlarm'], MaxRecords: 100 });
    expect(snapshot.trails).toMatchObject({
      state: 'available',
      value: {
        multiRegionElsewhere: 1,
        multiRegionHome: [{ name: 'audit', logGroupName: fx.LOG_GROUP }],
      },
    });
    expect(snapshot.alarms).toMatchObject({
      state: 'available',
      value: [
        { name: 'root-usage', metrics: [{ name: 'RootUsage', namespace: 'CISBenchmark' }] },
        {
          name: 'console-failures-rate',
          metrics: [{ name: 'ConsoleSigninFailures', namespace: 'CISBenchmark' }],
        },
      ],
    });
  });

  it('makes no CloudWatch call in a region that is no multi-region trail’s home', async () => {
    trail.on(DescribeTrailsCommand).resolves({ trailList: [fx.describeTrails.trailList![1]!] });

    const snapshot = await collectLogsSnapshot(context());

    expect(logs.calls()).toHaveLength(0);
    expect(cloudwatch.calls()).toHaveLength(0);
    expect(trail.commandCalls(GetTrailStatusCommand)).toHaveLength(0);
    expect(snapshot.trails).toEqual({
      state: 'available',
      value: { multiRegionHome: [], multiRegionElsewhere: 1 },
    });
  });

  it('records denied reads instead of failing the unit', async () => {
    cloudwatch.on(DescribeAlarmsCommand).rejects(awsError('AccessDenied', 'denied', 403));

    const events = await drainEvents(logsScanner.scan(context()));

    expect(valueOf(events, REGION_ID, L.readError)).toEqual([
      'cloudwatch:DescribeAlarms: AccessDenied',
    ]);
    expect(valueOf(events, REGION_ID, L.metricAlarmCount)).toBeUndefined();
  });

  it('records a denied DescribeTrails and reads nothing else', async () => {
    trail.on(DescribeTrailsCommand).rejects(awsError('AccessDeniedException', 'denied', 403));

    const snapshot = await collectLogsSnapshot(context());

    expect(snapshot.trails).toMatchObject({ state: 'denied', action: 'cloudtrail:DescribeTrails' });
    expect(logs.calls()).toHaveLength(0);
  });

  it('parses log group ARNs', () => {
    expect(parseLogGroupArn('arn:aws:logs:eu-west-1:123456789012:log-group:a/b-c_d.e#f:*')).toEqual(
      {
        region: 'eu-west-1',
        name: 'a/b-c_d.e#f',
      },
    );
    expect(parseLogGroupArn('arn:aws:s3:::bucket')).toBeUndefined();
  });
});

describe('logsScanner facts', () => {
  it('describes the monitored log groups, their filters and the alarm count', async () => {
    const events = await drainEvents(logsScanner.scan(context()));
    const catalogue = new MetricCatalogue(LOGS_METRICS);
    for (const e of events) expect(catalogue.problemWith(e.metric_type, e.metric_value)).toBeNull();

    expect(valueOf(events, REGION_ID, L.trailLogGroups)).toEqual([fx.LOG_GROUP]);
    expect(valueOf(events, REGION_ID, L.trailMetricFilters)).toHaveLength(2);
    expect(valueOf(events, REGION_ID, L.metricAlarmCount)).toBe(2);
    expect(valueOf(events, REGION_ID, L.readError)).toBeUndefined();
  });

  it('declares exactly the calls it makes', async () => {
    await drainEvents(logsScanner.scan(context()));
    const called = [
      ...calledActions('cloudtrail', trail.calls()),
      ...calledActions('logs', logs.calls()),
      ...calledActions('cloudwatch', cloudwatch.calls()),
    ].sort();
    expect([...logsScanner.permissions].sort()).toEqual(called);
  });
});
