import { metric, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.logs';
const S = 'aws.security.logs';

/** Facts about the region's monitoring set-up, on the region's scope id. */
export const LOGS_METRIC = {
  trailLogGroups: `${M}.trail_log_groups`,
  trailMetricFilters: `${M}.trail_metric_filters`,
  metricAlarmCount: `${M}.metric_alarm_count`,
  readError: `${S}.monitoring_read_error`,
} as const;

export const LOGS_METRICS: readonly MetricDefinition[] = [
  metric(
    LOGS_METRIC.trailLogGroups,
    'array',
    'Log groups that multi-region trails homed in the region deliver to.',
  ),
  metric(
    LOGS_METRIC.trailMetricFilters,
    'array',
    'Metric filters on those log groups: [{name, log_group, pattern, metrics}].',
  ),
  metric(
    LOGS_METRIC.metricAlarmCount,
    'number',
    'Metric alarms in the region (read when a trail log group is there).',
    'count',
  ),
  metric(
    LOGS_METRIC.readError,
    'array',
    'Reads the monitoring checks needed that were denied or failed (action: error code).',
  ),
];
