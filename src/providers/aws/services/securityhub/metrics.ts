import { metric, type MetricDefinition } from '../../../../core/index.js';

const S = 'aws.security.securityhub';

export const SECURITYHUB_METRIC = {
  enabled: `${S}.hub_enabled`,
  hubArn: `aws.metadata.securityhub.hub_arn`,
  subscribedAt: `aws.metadata.securityhub.subscribed_at`,
  enabledStandards: `${S}.enabled_standards`,
  standardsError: `${S}.standards_error`,
  hubError: `${S}.hub_error`,
} as const;

export const SECURITYHUB_METRICS: readonly MetricDefinition[] = [
  metric(SECURITYHUB_METRIC.enabled, 'boolean', 'True when Security Hub is enabled in the region.'),
  metric(SECURITYHUB_METRIC.hubArn, 'string', 'ARN of the region’s hub.'),
  metric(
    SECURITYHUB_METRIC.subscribedAt,
    'string',
    'When the account enabled Security Hub in the region (ISO 8601).',
  ),
  metric(
    SECURITYHUB_METRIC.enabledStandards,
    'array',
    'Enabled standards: [{standards_arn, status}].',
  ),
  metric(
    SECURITYHUB_METRIC.standardsError,
    'string',
    'Why the enabled standards could not be read (action: error code).',
  ),
  metric(
    SECURITYHUB_METRIC.hubError,
    'string',
    'Why DescribeHub could not say whether Security Hub is enabled (action: error code).',
  ),
];
