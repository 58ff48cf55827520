import { metric, type MetricDefinition } from '../../../../core/index.js';

export const ACCESSANALYZER_METRIC = {
  analyzers: 'aws.metadata.accessanalyzer.analyzers',
  activeExternalAccessAnalyzer: 'aws.security.accessanalyzer.active_external_access_analyzer',
  analyzersError: 'aws.security.accessanalyzer.analyzers_error',
} as const;

export const ACCESSANALYZER_METRICS: readonly MetricDefinition[] = [
  metric(
    ACCESSANALYZER_METRIC.analyzers,
    'array',
    'Analyzers of the region: [{name, type, status}].',
  ),
  metric(
    ACCESSANALYZER_METRIC.activeExternalAccessAnalyzer,
    'boolean',
    'True when an ACTIVE external access analyzer (account or organization) watches the region.',
  ),
  metric(
    ACCESSANALYZER_METRIC.analyzersError,
    'string',
    'Why the region’s analyzers could not be listed (action: error code).',
  ),
];
