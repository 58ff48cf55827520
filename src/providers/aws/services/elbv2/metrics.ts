import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';
import { wasteMetrics } from '../../waste-metrics.js';

const M = 'aws.metadata.elbv2';
const S = 'aws.security.elbv2';
const P = 'aws.performance.elbv2';
const A = 'aws.architecture.elbv2';
const C = 'aws.cost.elbv2';

/** Facts about one Application/Network/Gateway Load Balancer, on its ARN. */
export const ELBV2_METRIC = defineMetrics({
  name: {
    name: `${M}.name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the load balancer.',
  },
  type: { name: `${M}.type`, valueType: 'string', description: 'application, network or gateway.' },
  scheme: { name: `${M}.scheme`, valueType: 'string', description: 'internet-facing or internal.' },
  state: {
    name: `${M}.state`,
    valueType: 'string',
    role: 'resource_state',
    description: 'active, provisioning, active_impaired or failed.',
  },
  vpcId: { name: `${M}.vpc_id`, valueType: 'string', description: 'VPC of the load balancer.' },
  dnsName: { name: `${M}.dns_name`, valueType: 'string', description: 'Public DNS name.' },
  availabilityZones: {
    name: `${M}.availability_zones`,
    valueType: 'array',
    description: 'Availability Zones the load balancer has nodes in.',
  },
  securityGroups: {
    name: `${M}.security_groups`,
    valueType: 'array',
    description: 'Security groups (ALB, and NLB when set).',
  },
  listeners: {
    name: `${M}.listeners`,
    valueType: 'array',
    description: 'Listeners: [{port, protocol, ssl_policy?, redirects_to_https}].',
  },
  tags: {
    name: `${M}.tags`,
    valueType: 'object',
    role: 'resource_tags',
    description: 'Tags of the load balancer, key → value (DescribeTags, 20 ARNs a call).',
  },
  targetCount: {
    name: `${M}.target_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Targets registered in the target groups the load balancer routes to.',
  },
  healthyTargetCount: {
    name: `${M}.healthy_target_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Of those targets, the ones reported healthy.',
  },
  readError: {
    name: `${M}.read_error`,
    valueType: 'array',
    description:
      'Reads about the load balancer that could not be made (listeners, attributes, tags, target health): ["action: code"].',
  },
  accessLogsEnabled: {
    name: `${S}.access_logs_enabled`,
    valueType: 'boolean',
    description: 'Access logs are delivered to S3 (access_logs.s3.enabled).',
  },
  deletionProtectionEnabled: {
    name: `${S}.deletion_protection_enabled`,
    valueType: 'boolean',
    description: 'Deletion protection is on.',
  },
  dropInvalidHeaderFields: {
    name: `${S}.drop_invalid_header_fields`,
    valueType: 'boolean',
    description: 'ALB drops HTTP headers with invalid names (request smuggling defence).',
  },
  plaintextListenerPorts: {
    name: `${S}.plaintext_listener_ports`,
    valueType: 'array',
    description: 'Ports of HTTP listeners that serve traffic instead of redirecting to HTTPS.',
  },
  weakTlsListenerPorts: {
    name: `${S}.weak_tls_listener_ports`,
    valueType: 'array',
    description: 'Ports of HTTPS/TLS listeners whose security policy still allows TLS 1.0 or 1.1.',
  },
  requestCountSum: {
    name: `${P}.request_count.sum`,
    valueType: 'number',
    unit: 'count',
    description:
      'Requests (ALB RequestCount) or new flows (NLB NewFlowCount) over the metrics window; 0 when none.',
  },
  performanceDataUnavailable: {
    name: `${P}.performance_data_unavailable`,
    valueType: 'object',
    description: 'CloudWatch refused or failed the metrics request: {reason, error_code}.',
  },
  idleLoadBalancer: {
    name: `${A}.idle_load_balancer`,
    valueType: 'boolean',
    role: 'idle_signal',
    description:
      'No healthy target, or no request over a whole window the load balancer existed for (true); traffic and healthy targets (false); absent when unknown.',
  },
  singleAz: {
    name: `${A}.single_az`,
    valueType: 'boolean',
    description: 'The load balancer has nodes in one Availability Zone only.',
  },
  ...wasteMetrics(C, {
    waste:
      'What an idle load balancer costs a month for its hours (capacity units aside: an idle one uses next to none), at the region’s list price for its type',
    detail: '{reason, hourly_usd, hours_per_month, monthly_usd, currency, price_source}',
    unpriced: 'idle load balancer',
  }),
});

export const ELBV2_METRICS: readonly MetricDefinition[] = ELBV2_METRIC.definitions;
