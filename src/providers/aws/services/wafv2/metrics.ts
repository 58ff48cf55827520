import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.wafv2';
const S = 'aws.security.wafv2';
const A = 'aws.architecture.wafv2';

/** Facts about one AWS WAF web ACL, on its ARN. */
export const WAFV2_METRIC = defineMetrics({
  name: {
    name: `${M}.name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the web ACL.',
  },
  scope: {
    name: `${M}.scope`,
    valueType: 'string',
    description: 'REGIONAL, or CLOUDFRONT (global, read in us-east-1).',
  },
  defaultAction: {
    name: `${M}.default_action`,
    valueType: 'string',
    description: 'What the ACL does with a request no rule matched: allow or block.',
  },
  ruleCount: {
    name: `${M}.rule_count`,
    valueType: 'number',
    unit: 'count',
    description:
      'Rules and rule group references of the ACL, Firewall Manager rule groups included.',
  },
  rules: {
    name: `${M}.rules`,
    valueType: 'array',
    description:
      'Rules by priority: [{name, priority, kind (rule|managed_rule_group|rule_group), action?, cloudwatch_metrics_enabled}].',
  },
  capacity: {
    name: `${M}.capacity`,
    valueType: 'number',
    unit: 'count',
    description: 'Web ACL capacity units the rules use.',
  },
  managedByFirewallManager: {
    name: `${M}.managed_by_firewall_manager`,
    valueType: 'boolean',
    description: 'The ACL is managed by AWS Firewall Manager.',
  },
  protectedResources: {
    name: `${M}.protected_resources`,
    valueType: 'array',
    description:
      'ARNs of the regional resources the ACL protects (ALB, API Gateway stage, AppSync, Cognito, App Runner, Verified Access).',
  },
  readError: {
    name: `${M}.read_error`,
    valueType: 'array',
    description:
      'Reads about the ACL that could not be made (GetWebACL, logging, resources): ["action: code"].',
  },
  loggingEnabled: {
    name: `${S}.logging_enabled`,
    valueType: 'boolean',
    description:
      'A logging configuration sends the ACL’s traffic logs somewhere (ListLoggingConfigurations).',
  },
  logDestinations: {
    name: `${S}.log_destinations`,
    valueType: 'array',
    description: 'ARNs the ACL logs to (CloudWatch Logs group, S3 bucket, Firehose stream).',
  },
  cloudWatchMetricsEnabled: {
    name: `${S}.cloudwatch_metrics_enabled`,
    valueType: 'boolean',
    description: 'The ACL’s own visibility configuration sends its metrics to CloudWatch.',
  },
  rulesWithoutMetrics: {
    name: `${S}.rules_without_cloudwatch_metrics`,
    valueType: 'array',
    description: 'Names of the ACL’s rules and rule groups whose CloudWatch metrics are disabled.',
  },
  unassociated: {
    name: `${A}.unassociated`,
    valueType: 'boolean',
    description: 'A regional ACL protecting no resource (it is billed all the same).',
  },
});

export const WAFV2_METRICS: readonly MetricDefinition[] = WAFV2_METRIC.definitions;
