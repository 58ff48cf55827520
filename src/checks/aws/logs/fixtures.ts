import type {
  LogsRegionSnapshot,
  MetricAlarm,
  MetricFilter,
  MonitoredTrail,
} from '../../../providers/aws/services/logs/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const SCOPE = `arn:aws:logs:${REGION}:${ACCOUNT}:region/${REGION}`;
export const LOG_GROUP = 'cloudtrail/audit';

export function monitoredTrail(over: Partial<MonitoredTrail> = {}): MonitoredTrail {
  return {
    arn: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/audit`,
    name: 'audit',
    logGroupName: LOG_GROUP,
    logGroupRegion: REGION,
    status: { state: 'available', value: { isLogging: true } },
    selectors: {
      state: 'available',
      value: {
        management: { read: true, write: true },
        s3ObjectsAllBuckets: { read: false, write: false },
        s3ObjectsSomeBuckets: false,
      },
    },
    ...over,
  };
}

export function filter(name: string, pattern: string, metric = name): MetricFilter {
  return {
    name,
    logGroupName: LOG_GROUP,
    pattern,
    metrics: [{ name: metric, namespace: 'CISBenchmark' }],
  };
}

export function alarm(
  name: string,
  metric = name,
  actions = ['arn:aws:sns:eu-west-3:123456789012:security'],
): MetricAlarm {
  return {
    name,
    arn: `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:${name}`,
    metrics: [{ name: metric, namespace: 'CISBenchmark' }],
    actionsEnabled: true,
    alarmActions: actions,
  };
}

export function monitoring(
  filters: MetricFilter[],
  alarms: MetricAlarm[],
  over: Partial<LogsRegionSnapshot> = {},
): LogsRegionSnapshot {
  return {
    region: REGION,
    trails: {
      state: 'available',
      value: { multiRegionHome: [monitoredTrail()], multiRegionElsewhere: 0 },
    },
    metricFilters: { state: 'available', value: filters },
    alarms: { state: 'available', value: alarms },
    ...over,
  };
}
