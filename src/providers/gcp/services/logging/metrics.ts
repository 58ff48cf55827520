import { defineMetrics } from '../../../../core/index.js';

/** Cloud Logging facts: each sink on its name, the project's log-based alerting on the project. */
export const LOGGING_METRIC = defineMetrics({
  sinkDestination: {
    name: 'gcp.metadata.logging.sink_destination',
    valueType: 'string',
    description: 'Where the sink routes entries (bucket, dataset, topic, log bucket).',
  },
  sinkFilter: {
    name: 'gcp.metadata.logging.sink_filter',
    valueType: 'string',
    description: 'The sink’s inclusion filter; empty = every entry.',
  },
  sinkDisabled: {
    name: 'gcp.metadata.logging.sink_disabled',
    valueType: 'boolean',
    description: 'The sink is disabled.',
  },
  logMetricCount: {
    name: 'gcp.metadata.logging.log_metric_count',
    valueType: 'number',
    unit: 'count',
    description: 'Log-based metrics of the project.',
  },
  alertPolicyCount: {
    name: 'gcp.metadata.logging.alert_policy_count',
    valueType: 'number',
    unit: 'count',
    description: 'Cloud Monitoring alert policies of the project.',
  },
  readError: {
    name: 'gcp.metadata.logging.read_error',
    valueType: 'array',
    description: 'Reads that did not answer (method: code).',
  },
});
