import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.cloudfront';
const S = 'aws.security.cloudfront';
const P = 'aws.performance.cloudfront';
const A = 'aws.architecture.cloudfront';

/** Facts about one CloudFront distribution, on its ARN. */
export const CLOUDFRONT_METRIC = defineMetrics({
  domainName: {
    name: `${M}.domain_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'The distribution’s *.cloudfront.net domain name.',
  },
  aliases: {
    name: `${M}.aliases`,
    valueType: 'array',
    description: 'Alternate domain names (CNAMEs) the distribution serves.',
  },
  status: {
    name: `${M}.status`,
    valueType: 'string',
    role: 'resource_state',
    description: 'Deployed or InProgress.',
  },
  enabled: {
    name: `${M}.enabled`,
    valueType: 'boolean',
    description: 'The distribution accepts viewer requests.',
  },
  priceClass: {
    name: `${M}.price_class`,
    valueType: 'string',
    description: 'PriceClass_All, PriceClass_200 or PriceClass_100: the edge locations it uses.',
  },
  origins: {
    name: `${M}.origins`,
    valueType: 'array',
    description:
      'Origins: [{id, domain_name, kind (s3 or custom), origin_access_control, origin_access_identity, protocol_policy}].',
  },
  configError: {
    name: `${M}.config_error`,
    valueType: 'string',
    description: 'GetDistributionConfig could not be read, so logging is unknown: action: code.',
  },
  viewerProtocolPolicies: {
    name: `${S}.viewer_protocol_policies`,
    valueType: 'object',
    description:
      'Viewer protocol policy of each cache behavior, path pattern → allow-all | redirect-to-https | https-only (`*` is the default behavior).',
  },
  allowsPlainHttp: {
    name: `${S}.allows_plain_http`,
    valueType: 'boolean',
    description: 'Some cache behavior serves viewers over plain HTTP (allow-all).',
  },
  minimumProtocolVersion: {
    name: `${S}.minimum_protocol_version`,
    valueType: 'string',
    description:
      'Minimum TLS security policy towards viewers (TLSv1.2_2021…); TLSv1 with the default *.cloudfront.net certificate.',
  },
  defaultCertificate: {
    name: `${S}.default_certificate`,
    valueType: 'boolean',
    description: 'The distribution uses the *.cloudfront.net certificate rather than its own.',
  },
  webAclId: {
    name: `${S}.web_acl_id`,
    valueType: 'string',
    description: 'The WAF web ACL attached (a WAFv2 ARN, or a WAF Classic id); absent when none.',
  },
  loggingEnabled: {
    name: `${S}.logging_enabled`,
    valueType: 'boolean',
    description:
      'Access logs are delivered: standard logging to S3 (GetDistributionConfig) or standard logs v2 through CloudWatch Logs (DescribeDeliverySources).',
  },
  logDeliveryError: {
    name: `${S}.log_delivery_error`,
    valueType: 'string',
    description:
      'DescribeDeliverySources could not be read, so standard logs v2 are unknown: action: code.',
  },
  requestsSum: {
    name: `${P}.requests.sum`,
    valueType: 'number',
    unit: 'count',
    description:
      'Viewer requests over the metrics window (AWS/CloudFront Requests, Sum); 0 when none.',
  },
  bytesDownloadedSum: {
    name: `${P}.bytes_downloaded.sum`,
    valueType: 'number',
    unit: 'bytes',
    description: 'Bytes viewers downloaded over the window.',
  },
  errorRate4xx: {
    name: `${P}.error_rate_4xx.average`,
    valueType: 'number',
    unit: 'percent',
    description: 'Average share of requests answered 4xx over the window.',
  },
  errorRate5xx: {
    name: `${P}.error_rate_5xx.average`,
    valueType: 'number',
    unit: 'percent',
    description: 'Average share of requests answered 5xx over the window.',
  },
  performanceDataUnavailable: {
    name: `${P}.performance_data_unavailable`,
    valueType: 'object',
    description:
      'CloudWatch refused or failed the metrics request, so no performance metric is reported for the distribution: {reason, error_code}.',
  },
  idleDistribution: {
    name: `${A}.idle_distribution`,
    valueType: 'boolean',
    role: 'idle_signal',
    description:
      'An enabled distribution that served no request over the whole metrics window (true), or some (false); absent when CloudWatch was not read.',
  },
});

export const CLOUDFRONT_METRICS: readonly MetricDefinition[] = CLOUDFRONT_METRIC.definitions;
