import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import {
  CloudWatchClient,
  paginateDescribeAlarms,
  type MetricAlarm as SdkAlarm,
} from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  paginateDescribeMetricFilters,
} from '@aws-sdk/client-cloudwatch-logs';
import type { AwsUnitContext } from '../../define-scanner.js';
import { available, guardedRead, type Read } from '../../read.js';
import {
  listTrails,
  readTrailSelectors,
  readTrailStatus,
  trailConcurrency,
} from '../cloudtrail/collector.js';
import type {
  LogsRegionSnapshot,
  MetricAlarm,
  MetricFilter,
  MetricRef,
  MonitoredTrail,
  TrailsHere,
} from './model.js';

/** DescribeMetricFilters returns up to 50 filters a page, DescribeAlarms up to 100 alarms. */
const FILTERS_PAGE = 50;
const ALARMS_PAGE = 100;

/** `arn:aws:logs:<region>:<account>:log-group:<name>:*` → name and region. */
export function parseLogGroupArn(arn: string): { name: string; region: string } | undefined {
  const match = /^arn:[^:]+:logs:([^:]+):[^:]*:log-group:([^:]+)(?::\*)?$/.exec(arn);
  return match ? { region: match[1]!, name: match[2]! } : undefined;
}

async function trailsHere(ctx: AwsUnitContext, client: CloudTrailClient): Promise<TrailsHere> {
  const listing = await listTrails(ctx, client);
  const limit = trailConcurrency();
  const multiRegionHome = await Promise.all(
    listing.home
      .filter((t) => t.IsMultiRegionTrail && t.TrailARN && t.Name)
      .map((t) =>
        limit(async (): Promise<MonitoredTrail> => {
          const arn = t.TrailARN!;
          const group = t.CloudWatchLogsLogGroupArn
            ? parseLogGroupArn(t.CloudWatchLogsLogGroupArn)
            : undefined;
          const [status, selectors] = await Promise.all([
            readTrailStatus(ctx, client, arn),
            readTrailSelectors(ctx, client, arn),
          ]);
          return {
            arn,
            name: t.Name!,
            ...(group ? { logGroupName: group.name, logGroupRegion: group.region } : {}),
            status,
            selectors,
          };
        }),
      ),
  );
  return { multiRegionHome, multiRegionElsewhere: listing.multiRegionElsewhere.length };
}

async function metricFilters(
  ctx: AwsUnitContext,
  client: CloudWatchLogsClient,
  logGroups: readonly string[],
): Promise<MetricFilter[]> {
  const out: MetricFilter[] = [];
  // One listing per log group (a region rarely has more than one trail log group).
  for (const logGroupName of logGroups) {
    for await (const page of paginateDescribeMetricFilters(
      { client, pageSize: FILTERS_PAGE },
      { logGroupName },
      { abortSignal: ctx.signal },
    )) {
      for (const f of page.metricFilters ?? []) {
        if (!f.filterName) continue;
        out.push({
          name: f.filterName,
          logGroupName: f.logGroupName ?? logGroupName,
          pattern: f.filterPattern ?? '',
          metrics: (f.metricTransformations ?? []).flatMap((m) =>
            m.metricName && m.metricNamespace
              ? [{ name: m.metricName, namespace: m.metricNamespace }]
              : [],
          ),
        });
      }
    }
  }
  return out;
}

function alarmMetrics(alarm: SdkAlarm): MetricRef[] {
  if (alarm.MetricName && alarm.Namespace)
    return [{ name: alarm.MetricName, namespace: alarm.Namespace }];
  return (alarm.Metrics ?? []).flatMap((q) => {
    const m = q.MetricStat?.Metric;
    return m?.MetricName && m.Namespace ? [{ name: m.MetricName, namespace: m.Namespace }] : [];
  });
}

async function metricAlarms(ctx: AwsUnitContext, client: CloudWatchClient): Promise<MetricAlarm[]> {
  const out: MetricAlarm[] = [];
  for await (const page of paginateDescribeAlarms(
    { client, pageSize: ALARMS_PAGE },
    { AlarmTypes: ['MetricAlarm'] },
    { abortSignal: ctx.signal },
  )) {
    for (const a of page.MetricAlarms ?? []) {
      if (!a.AlarmName || !a.AlarmArn) continue;
      out.push({
        name: a.AlarmName,
        arn: a.AlarmArn,
        metrics: alarmMetrics(a),
        actionsEnabled: a.ActionsEnabled ?? true,
        alarmActions: a.AlarmActions ?? [],
      });
    }
  }
  return out;
}

/**
 * DescribeTrails once; status and selectors of the multi-region trails homed here; then, only when
 * one of them delivers to a log group of this region, that group's metric filters and the
 * region's metric alarms. Every read is recorded (denied → the monitoring checks report ERROR).
 */
export async function collectLogsSnapshot(ctx: AwsUnitContext): Promise<LogsRegionSnapshot> {
  const trails = await guardedRead(ctx, 'cloudtrail:DescribeTrails', () =>
    trailsHere(ctx, ctx.clients.get(CloudTrailClient)),
  );
  const logGroups =
    trails.state === 'available'
      ? [
          ...new Set(
            trails.value.multiRegionHome.flatMap((t) =>
              t.logGroupName && t.logGroupRegion === ctx.region ? [t.logGroupName] : [],
            ),
          ),
        ].sort()
      : [];
  if (logGroups.length === 0) {
    const none: Read<never[]> = available([]);
    return { region: ctx.region, trails, metricFilters: none, alarms: none };
  }
  const [filters, alarms] = await Promise.all([
    guardedRead(ctx, 'logs:DescribeMetricFilters', () =>
      metricFilters(ctx, ctx.clients.get(CloudWatchLogsClient), logGroups),
    ),
    guardedRead(ctx, 'cloudwatch:DescribeAlarms', () =>
      metricAlarms(ctx, ctx.clients.get(CloudWatchClient)),
    ),
  ]);
  return { region: ctx.region, trails, metricFilters: filters, alarms };
}
