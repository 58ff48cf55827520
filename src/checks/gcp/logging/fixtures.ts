import type {
  AlertPolicy,
  LoggingSnapshot,
  LogMetric,
  LogSink,
} from '../../../providers/gcp/services/logging/model.js';
import { PROJECT } from '../testing.js';

export function alertOn(metric: string, enabled = true): AlertPolicy {
  return {
    name: `projects/${PROJECT}/alertPolicies/${metric}`,
    displayName: metric,
    enabled,
    filters: [`metric.type="logging.googleapis.com/user/${metric}" AND resource.type="global"`],
  };
}

export function sink(name: string, overrides: Partial<LogSink> = {}): LogSink {
  return {
    id: `//logging.googleapis.com/projects/${PROJECT}/sinks/${name}`,
    name,
    destination: `storage.googleapis.com/${PROJECT}-logs`,
    filter: '',
    disabled: false,
    ...overrides,
  };
}

export const snapshot = (
  metrics: LogMetric[],
  alertPolicies: AlertPolicy[],
  sinks: LogSink[] = [],
): LoggingSnapshot => ({
  project: PROJECT,
  sinks,
  metrics: { state: 'available', value: metrics },
  alertPolicies: { state: 'available', value: alertPolicies },
});
