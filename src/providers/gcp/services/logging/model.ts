/** One project's log routing and log-based alerting in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { Read } from '../../read.js';

export interface LogSink {
  /** `//logging.googleapis.com/projects/P/sinks/NAME` */
  id: string;
  name: string;
  destination: string;
  /** Empty: the sink exports every log entry. */
  filter: string;
  disabled: boolean;
}

export interface LogMetric {
  name: string;
  filter: string;
}

export interface AlertPolicy {
  name: string;
  displayName: string;
  enabled: boolean;
  /** The condition filters (`metric.type="logging.googleapis.com/user/NAME"…`). */
  filters: string[];
}

export interface LoggingSnapshot {
  project: string;
  sinks: LogSink[];
  metrics: Read<LogMetric[]>;
  alertPolicies: Read<AlertPolicy[]>;
}

/** The Cloud Logging scanner, as its checks name it. */
export const LOGGING = scannerRef<LoggingSnapshot>('gcp', 'logging');
