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
      'Reads of the zone that failed or were denied, each `action: code` (ListResourceRecordSets, GetDNSSEC; ListQueryLoggingConfigs for all zones; s3:ListBuckets for a zone with records pointing at S3; for a public zone with A/AAAA records, the ip-ranges.json download and the ec2:DescribeAddresses / ec2:DescribeNetworkInterfaces of the regions its addresses lie in).',
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
  s3RecordTargets: {
    name: `${S}.s3_record_targets`,
    valueType: 'array',
    description:
      'CNAME and alias records of the zone whose target is an Amazon S3 endpoint, as `{name, type, target, bucket, owned}`: the bucket the endpoint serves (its bucket prefix, else the record name without the trailing dot) and whether it is among the account’s buckets (s3:ListBuckets; `owned` absent when that read did not answer). All of them, not cut at 1,000.',
  },
  danglingS3RecordCount: {
    name: `${S}.dangling_s3_record_count`,
    valueType: 'number',
    description:
      'Records of the zone pointing at an S3 bucket the account does not own (deleted, or another account’s): a subdomain anyone can take over by creating that bucket. Absent when the records or s3:ListBuckets could not be read, or no record points at S3.',
  },
  danglingIpRecordCount: {
    name: `${S}.dangling_ip_record_count`,
    valueType: 'number',
    description:
      'Addresses of the public zone’s A/AAAA records (not aliases) that lie in EC2’s published ranges (ip-ranges.json) but are neither an Elastic IP nor a public address of a network interface of the account in that region: a released address another account can be given (subdomain takeover). Absent when the zone has no such address, its records or one of those reads did not answer, or it has more than 1,000 A/AAAA values.',
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
