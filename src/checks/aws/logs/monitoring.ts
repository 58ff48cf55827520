import type { CheckContext, CheckDefinition, CheckResult, Severity } from '../../../core/index.js';
import {
  LOGS,
  type LogsRegionSnapshot,
  type MetricAlarm,
  type MetricFilter,
  type MonitoredTrail,
} from '../../../providers/aws/services/logs/model.js';
import { defineCheck } from '../../define.js';
import { regionScope, unreadable } from '../regional.js';
import { missingConditions } from './filter-pattern.js';
import type { MonitoringPattern } from './patterns.js';

/**
 * Why a multi-region trail homed in the region cannot feed the monitoring, or null when it can:
 * logging, all management events, and a log group in this region.
 */
function unfit(trail: MonitoredTrail, region: string): string | CheckResult | null {
  if (trail.status.state !== 'available') {
    return unreadable('', `the status of trail ${trail.name}`, trail.status);
  }
  if (trail.selectors.state !== 'available') {
    return unreadable('', `the event selectors of trail ${trail.name}`, trail.selectors);
  }
  if (!trail.status.value.isLogging) return `trail ${trail.name} is not logging`;
  const m = trail.selectors.value.management;
  if (!m.read || !m.write) return `trail ${trail.name} does not record all management events`;
  if (!trail.logGroupName) return `trail ${trail.name} does not deliver to CloudWatch Logs`;
  if (trail.logGroupRegion !== region) {
    return `trail ${trail.name} delivers to a log group in ${trail.logGroupRegion ?? 'another region'}`;
  }
  return null;
}

function alarmsOn(filter: MetricFilter, alarms: readonly MetricAlarm[]): MetricAlarm[] {
  return alarms.filter((a) =>
    a.metrics.some((m) =>
      filter.metrics.some((f) => f.name === m.name && f.namespace === m.namespace),
    ),
  );
}

function listMissing(missing: readonly string[]): string {
  const shown = missing.slice(0, 4).join(', ');
  return missing.length > 4 ? `${shown} and ${missing.length - 4} more` : shown;
}

/**
 * One result per region, on the logs scope id: PASS in the home region of a multi-region trail
 * (logging, all management events) whose log group has a metric filter stating every condition of
 * the pattern, with an alarm that has an action; FAIL where no multi-region trail records the
 * region, or where the home trail's log group lacks the filter or the alarm. A region that only
 * sees trails homed elsewhere reports nothing: their home region does.
 */
export function* evaluateMonitoring(
  pattern: MonitoringPattern,
  snapshot: Pick<LogsRegionSnapshot, 'trails' | 'metricFilters' | 'alarms'>,
  ctx: CheckContext,
): Generator<CheckResult> {
  const resource_id = regionScope('logs', ctx);
  const fail = (reason: string): CheckResult => ({ resource_id, status: 'FAIL', reason });
  if (snapshot.trails.state !== 'available') {
    yield unreadable(resource_id, 'the trails', snapshot.trails);
    return;
  }
  const { multiRegionHome, multiRegionElsewhere } = snapshot.trails.value;
  if (multiRegionHome.length === 0) {
    if (multiRegionElsewhere === 0) {
      yield fail(`no multi-region trail delivers events to watch for ${pattern.watches}`);
    }
    return;
  }
  const reasons: string[] = [];
  const fit: MonitoredTrail[] = [];
  let error: CheckResult | undefined;
  for (const trail of multiRegionHome) {
    const why = unfit(trail, ctx.region);
    if (why === null) fit.push(trail);
    else if (typeof why === 'string') reasons.push(why);
    else error ??= { ...why, resource_id };
  }
  if (fit.length === 0) {
    yield error ?? fail(reasons.join('; '));
    return;
  }
  if (snapshot.metricFilters.state !== 'available') {
    yield unreadable(resource_id, 'the metric filters', snapshot.metricFilters);
    return;
  }
  const groups = new Set(fit.map((t) => t.logGroupName!));
  const candidates = snapshot.metricFilters.value.filter((f) => groups.has(f.logGroupName));
  const matching = candidates.filter(
    (f) => missingConditions(f.pattern, pattern.require).length === 0,
  );
  if (matching.length === 0) {
    const groupList = [...groups].join(', ');
    const closest = candidates
      .map((f) => ({ f, missing: missingConditions(f.pattern, pattern.require) }))
      .filter((c) => c.missing.length < pattern.require.length)
      .sort((a, b) => a.missing.length - b.missing.length)[0];
    yield fail(
      closest
        ? `no metric filter on ${groupList} watches ${pattern.watches}; closest, ${closest.f.name}, lacks ${listMissing(closest.missing)}`
        : `no metric filter on ${groupList} watches ${pattern.watches}`,
    );
    return;
  }
  if (snapshot.alarms.state !== 'available') {
    yield unreadable(resource_id, 'the metric alarms', snapshot.alarms);
    return;
  }
  const silent: string[] = [];
  for (const filter of matching) {
    for (const alarm of alarmsOn(filter, snapshot.alarms.value)) {
      if (alarm.actionsEnabled && alarm.alarmActions.length > 0) {
        yield {
          resource_id,
          status: 'PASS',
          reason: `filter ${filter.name} on ${filter.logGroupName} feeds alarm ${alarm.name}`,
        };
        return;
      }
      silent.push(alarm.name);
    }
  }
  const names = matching.map((f) => f.name).join(', ');
  yield fail(
    silent.length > 0
      ? `filter ${names} has alarm ${silent.join(', ')}, which notifies nobody (no enabled alarm action)`
      : `filter ${names} has no alarm on its metric`,
  );
}

export interface MonitoringCheck {
  id: string;
  pattern: MonitoringPattern;
  /** CIS AWS Foundations Benchmark v7.0.0 recommendation. */
  cis: string;
  /** AWS Foundational Security Best Practices control, when one matches. */
  fsbp?: string;
  title: string;
  severity: Severity;
  risk: string;
}

/** A monitoring check is its pattern, its benchmark control and its words: the logic is shared. */
export function monitoringCheck(spec: MonitoringCheck): CheckDefinition<LogsRegionSnapshot> {
  const { pattern } = spec;
  return defineCheck({
    id: spec.id,
    scanner: LOGS,
    reads: ['trails', 'metricFilters', 'alarms'],
    resource_type: 'AwsRegion',
    title: spec.title,
    description: `Looks for a CloudWatch Logs metric filter watching ${pattern.watches} on the log group of a logging multi-region trail (all management events), and a CloudWatch alarm with an action on its metric. Filter patterns are compared condition by condition, whatever their spacing, quoting or order. Reported from the trail's home region. The benchmark also accepts equivalent monitoring in an external SIEM, which a scan cannot see.`,
    severity: spec.severity,
    risk: spec.risk,
    remediation: {
      text: `On the trail's log group, create a metric filter with the benchmark's pattern and an alarm on its metric that notifies an SNS topic with at least one subscriber.`,
      cli: `aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name ${pattern.metric} --metric-transformations metricName=${pattern.metric},metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '${pattern.example}' && aws cloudwatch put-metric-alarm --alarm-name ${pattern.metric} --metric-name ${pattern.metric} --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <sns-topic-arn>`,
      console:
        'CloudWatch → Log groups → <trail log group> → Metric filters → Create metric filter; then Create alarm on the new metric',
      url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    },
    compliance: {
      'cis_aws_7.0': [spec.cis],
      ...(spec.fsbp ? { aws_fsbp: [spec.fsbp] } : {}),
    },
    evaluate: (snapshot, ctx) => evaluateMonitoring(pattern, snapshot, ctx),
  });
}
