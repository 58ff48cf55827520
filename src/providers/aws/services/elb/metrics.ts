import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';
import { wasteMetrics } from '../../waste-metrics.js';

const M = 'aws.metadata.elb';
const S = 'aws.security.elb';
const P = 'aws.performance.elb';
const A = 'aws.architecture.elb';
const C = 'aws.cost.elb';

/** Facts about one Classic Load Balancer, on its ARN. */
export const ELB_METRIC = defineMetrics({
  name: {
    name: `${M}.name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the Classic Load Balancer.',
  },
  scheme: { name: `${M}.scheme`, valueType: 'string', description: 'internet-facing or internal.' },
  dnsName: { name: `${M}.dns_name`, valueType: 'string', description: 'Public DNS name.' },
  vpcId: { name: `${M}.vpc_id`, valueType: 'string', description: 'VPC of the load balancer.' },
  availabilityZones: {
    name: `${M}.availability_zones`,
    valueType: 'array',
    description: 'Availability Zones the load balancer is enabled in.',
  },
  securityGroups: {
    name: `${M}.security_groups`,
    valueType: 'array',
    description: 'Security groups of a load balancer in a VPC.',
  },
  listeners: {
    name: `${M}.listeners`,
    valueType: 'array',
    description:
      'Listeners: [{protocol, port, instance_protocol?, instance_port?, ssl_policy?}] (ssl_policy: the predefined policy an HTTPS/SSL listener references).',
  },
  instanceCount: {
    name: `${M}.instance_count`,
    valueType: 'number',
    unit: 'count',
    description: 'EC2 instances registered with the load balancer.',
  },
  tags: {
    name: `${M}.tags`,
    valueType: 'object',
    role: 'resource_tags',
    description: 'Tags of the load balancer, key → value (DescribeTags, 20 names a call).',
  },
  readError: {
    name: `${M}.read_error`,
    valueType: 'array',
    description:
      'Reads about the load balancer that could not be made (attributes, policies, tags): ["action: code"].',
  },
  plaintextListenerPorts: {
    name: `${S}.plaintext_listener_ports`,
    valueType: 'array',
    description: 'Ports of listeners that do not terminate TLS (HTTP or TCP).',
  },
  accessLogsEnabled: {
    name: `${S}.access_logs_enabled`,
    valueType: 'boolean',
    description: 'Access logs are delivered to S3 (AccessLog.Enabled).',
  },
  desyncMitigationMode: {
    name: `${S}.desync_mitigation_mode`,
    valueType: 'string',
    description: 'HTTP desync mitigation: monitor, defensive or strictest.',
  },
  connectionDrainingEnabled: {
    name: `${A}.connection_draining_enabled`,
    valueType: 'boolean',
    description: 'In-flight requests complete before an instance is deregistered.',
  },
  crossZoneEnabled: {
    name: `${A}.cross_zone_load_balancing_enabled`,
    valueType: 'boolean',
    description: 'Requests are spread across the instances of every enabled zone.',
  },
  singleAz: {
    name: `${A}.single_az`,
    valueType: 'boolean',
    description: 'The load balancer is enabled in one Availability Zone only.',
  },
  idleLoadBalancer: {
    name: `${A}.idle_load_balancer`,
    valueType: 'boolean',
    role: 'idle_signal',
    description:
      'No instance registered, or no request over a whole window the load balancer existed for (true); requests (false); absent when unknown.',
  },
  requestCountSum: {
    name: `${P}.request_count.sum`,
    valueType: 'number',
    unit: 'count',
    description: 'Requests (AWS/ELB RequestCount) over the metrics window; 0 when none.',
  },
  performanceDataUnavailable: {
    name: `${P}.performance_data_unavailable`,
    valueType: 'object',
    description: 'CloudWatch refused or failed the metrics request: {reason, error_code}.',
  },
  ...wasteMetrics(C, {
    waste:
      'What an idle Classic Load Balancer costs a month for its hours (data processed aside), at the region’s list price',
    detail: '{reason, hourly_usd, hours_per_month, monthly_usd, currency, price_source}',
    unpriced: 'idle load balancer',
  }),
});

export const ELB_METRICS: readonly MetricDefinition[] = ELB_METRIC.definitions;
