import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.route53';
const S = 'aws.security.route53';

/** Facts about one hosted zone, on its ARN. */
export const ROUTE53_METRIC = defineMetrics({
  zoneName: {
    name: `${M}.zone_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Domain name of the hosted zone.',
  },
  readError: {
    name: `${M}.read_error`,
    valueType: 'array',
    description:
      'Reads of the zone that failed or were denied, each `action: code` (ListResourceRecordSets, GetDNSSEC; ListQueryLoggingConfigs for all zones).',
  },
  privateZone: {
    name: `${M}.private_zone`,
    valueType: 'boolean',
    description: 'The zone answers only inside its associated VPCs.',
  },
  recordCount: {
    name: `${M}.record_count`,
    valueType: 'number',
    description: 'Record sets in the zone (ResourceRecordSetCount of ListHostedZones).',
  },
  recordTargets: {
    name: `${M}.record_targets`,
    valueType: 'array',
    description:
      'CNAME and alias records of the zone as `{name, type, target}` (type CNAME or ALIAS), at most 1,000 per zone.',
  },
  recordTargetsTruncated: {
    name: `${M}.record_targets_truncated`,
    valueType: 'boolean',
    description: 'The zone has more than 1,000 CNAME and alias records: record_targets is cut.',
  },
  queryLogging: {
    name: `${S}.query_logging`,
    valueType: 'boolean',
    description: 'DNS queries of the zone are logged to CloudWatch Logs.',
  },
  queryLogGroup: {
    name: `${S}.query_log_group`,
    valueType: 'string',
    description: 'CloudWatch Logs log group ARN receiving the zone’s query logs.',
  },
  dnssecStatus: {
    name: `${S}.dnssec_status`,
    valueType: 'string',
    description:
      'DNSSEC signing of a public zone (GetDNSSEC ServeSignature): SIGNING, NOT_SIGNING, DELETING, ACTION_NEEDED or INTERNAL_FAILURE.',
  },
});

export const ROUTE53_METRICS: readonly MetricDefinition[] = ROUTE53_METRIC.definitions;
