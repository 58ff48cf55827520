import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.guardduty';
const S = 'aws.security.guardduty';

/** Facts about the region's GuardDuty (on the region) and its detector (on the detector's ARN). */
export const GUARDDUTY_METRIC = defineMetrics({
  detectorEnabled: {
    name: `${S}.detector_enabled`,
    valueType: 'boolean',
    description:
      'An ENABLED GuardDuty detector watches the region (on the region); false with no detector or a suspended one.',
  },
  detectorsError: {
    name: `${S}.detectors_error`,
    valueType: 'string',
    description: 'ListDetectors could not be read (on the region): action: code.',
  },
  detectorStatus: {
    name: `${M}.detector_status`,
    valueType: 'string',
    role: 'resource_state',
    description: 'ENABLED or DISABLED (suspended).',
  },
  findingPublishingFrequency: {
    name: `${M}.finding_publishing_frequency`,
    valueType: 'string',
    description:
      'How often updated findings are exported to EventBridge: FIFTEEN_MINUTES, ONE_HOUR or SIX_HOURS.',
  },
  enabledFeatures: {
    name: `${M}.enabled_features`,
    valueType: 'array',
    description:
      'Protection plans the detector runs (S3_DATA_EVENTS, EKS_AUDIT_LOGS, EBS_MALWARE_PROTECTION, RDS_LOGIN_EVENTS, RUNTIME_MONITORING, LAMBDA_NETWORK_LOGS…).',
  },
  tags: {
    name: `${M}.tags`,
    valueType: 'object',
    role: 'resource_tags',
    description: 'Tags of the detector, key → value.',
  },
  detectorError: {
    name: `${M}.detector_error`,
    valueType: 'string',
    description: 'GetDetector could not be read: action: code.',
  },
  findingsBySeverity: {
    name: `${S}.findings_by_severity`,
    valueType: 'object',
    description:
      'Unarchived findings by severity band: {low, medium, high, critical} (GetFindingsStatistics COUNT_BY_SEVERITY).',
  },
  highSeverityFindings: {
    name: `${S}.high_severity_findings`,
    valueType: 'number',
    unit: 'count',
    description: 'Unarchived findings of high or critical severity (7.0 and above).',
  },
  findingsError: {
    name: `${S}.findings_error`,
    valueType: 'string',
    description: 'GetFindingsStatistics could not be read: action: code.',
  },
});

export const GUARDDUTY_METRICS: readonly MetricDefinition[] = GUARDDUTY_METRIC.definitions;
