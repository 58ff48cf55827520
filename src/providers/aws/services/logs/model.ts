import type { Read } from '../../read.js';
import type { TrailSelectors, TrailStatus } from '../cloudtrail/model.js';
import { scannerRef } from '../../../../core/index.js';

/**
 * One region's monitoring snapshot (the benchmark's Monitoring section): the multi-region trails
 * homed here that deliver to CloudWatch Logs, the metric filters of their log groups and the
 * region's metric alarms. Checks decide which benchmark patterns are watched.
 */

export type { Read, TrailSelectors, TrailStatus };

export interface MonitoredTrail {
  arn: string;
  name: string;
  /** Log group name and region, from the trail's CloudWatchLogsLogGroupArn. */
  logGroupName?: string;
  logGroupRegion?: string;
  status: Read<TrailStatus>;
  selectors: Read<TrailSelectors>;
}

export interface MetricRef {
  name: string;
  namespace: string;
}

export interface MetricFilter {
  name: string;
  logGroupName: string;
  /** As written, e.g. `{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }`. */
  pattern: string;
  metrics: MetricRef[];
}

export interface MetricAlarm {
  name: string;
  arn: string;
  /** The metric it watches; several for a metric-math alarm. */
  metrics: MetricRef[];
  actionsEnabled: boolean;
  /** SNS topics or other actions run when the alarm fires. */
  alarmActions: string[];
}

export interface TrailsHere {
  /** Multi-region trails whose home region is this one (their settings are read here). */
  multiRegionHome: MonitoredTrail[];
  /** Multi-region trails homed in another region (monitored, and reported, there). */
  multiRegionElsewhere: number;
}

export interface LogsRegionSnapshot {
  region: string;
  trails: Read<TrailsHere>;
  /** Metric filters of the log groups the home multi-region trails deliver to. */
  metricFilters: Read<MetricFilter[]>;
  /** The region's metric alarms (read only when there are such log groups). */
  alarms: Read<MetricAlarm[]>;
}

/** The CloudWatch Logs scanner, as its checks name it. */
export const LOGS = scannerRef<LogsRegionSnapshot>('aws', 'logs');
