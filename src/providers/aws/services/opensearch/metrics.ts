import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';
import { wasteMetrics } from '../../waste-metrics.js';

const M = 'aws.metadata.opensearch';
const S = 'aws.security.opensearch';
const A = 'aws.architecture.opensearch';
const P = 'aws.performance.opensearch';
const C = 'aws.cost.opensearch';

/** Facts about one OpenSearch Service domain, on its ARN. */
export const OPENSEARCH_METRIC = defineMetrics({
  domainName: {
    name: `${M}.domain_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the domain.',
  },
  engineType: {
    name: `${M}.engine_type`,
    valueType: 'string',
    description: 'OpenSearch or Elasticsearch (ListDomainNames).',
  },
  engineVersion: {
    name: `${M}.engine_version`,
    valueType: 'string',
    description: 'Engine and version, e.g. OpenSearch_2.13 or Elasticsearch_7.10.',
  },
  readError: {
    name: `${M}.read_error`,
    valueType: 'string',
    description:
      'DescribeDomains failed or was denied for the domain, or DescribeDomainConfig (its creation date, read for a domain without requests) did: `action: code`.',
  },
  endpoint: {
    name: `${M}.endpoint`,
    valueType: 'string',
    description: 'The domain endpoint (public or VPC).',
  },
  vpcId: {
    name: `${S}.vpc_id`,
    valueType: 'string',
    description: 'VPC the domain sits in; absent for a domain with a public endpoint.',
  },
  publicEndpoint: {
    name: `${S}.public_endpoint`,
    valueType: 'boolean',
    description: 'The domain has a public endpoint (it is not in a VPC).',
  },
  accessPolicyPublic: {
    name: `${S}.access_policy_public`,
    valueType: 'boolean',
    description:
      'The access policy lets anyone (principal "*" without a narrowing condition such as aws:SourceIp) call es actions; false without a policy.',
  },
  accessPolicyPublicStatements: {
    name: `${S}.access_policy_public_statements`,
    valueType: 'array',
    description: 'Sids (or #index) of the access policy statements open to anyone.',
  },
  accessPolicyExternalAccounts: {
    name: `${S}.access_policy_external_accounts`,
    valueType: 'array',
    description: 'Other AWS accounts the access policy lets in.',
  },
  openToAnyone: {
    name: `${S}.open_to_anyone`,
    valueType: 'boolean',
    description: 'Public endpoint and an access policy letting anyone in: reachable by anyone.',
  },
  nodeToNodeEncryption: {
    name: `${S}.node_to_node_encryption`,
    valueType: 'boolean',
    description: 'Traffic between the nodes is TLS-encrypted.',
  },
  encryptionAtRest: {
    name: `${S}.encryption_at_rest`,
    valueType: 'boolean',
    description: 'Indices, logs, swap and snapshots are encrypted with KMS.',
  },
  kmsKeyId: {
    name: `${S}.kms_key_id`,
    valueType: 'string',
    description: 'KMS key encrypting the domain at rest.',
  },
  fineGrainedAccessControl: {
    name: `${S}.fine_grained_access_control`,
    valueType: 'boolean',
    description: 'Fine-grained access control (AdvancedSecurityOptions) is on.',
  },
  internalUserDatabase: {
    name: `${S}.internal_user_database`,
    valueType: 'boolean',
    description: 'Fine-grained access control keeps users in the internal user database.',
  },
  anonymousAuth: {
    name: `${S}.anonymous_auth`,
    valueType: 'boolean',
    description: 'Anonymous authentication is enabled (during a migration to fine-grained access).',
  },
  enforceHttps: {
    name: `${S}.enforce_https`,
    valueType: 'boolean',
    description: 'The endpoint refuses plain HTTP.',
  },
  tlsSecurityPolicy: {
    name: `${S}.tls_security_policy`,
    valueType: 'string',
    description: 'The endpoint’s TLS policy, e.g. Policy-Min-TLS-1-2-2019-07.',
  },
  auditLogs: {
    name: `${S}.audit_logs`,
    valueType: 'boolean',
    description: 'Audit logs are published to CloudWatch Logs.',
  },
  applicationLogs: {
    name: `${S}.error_logs`,
    valueType: 'boolean',
    description: 'Error (application) logs are published to CloudWatch Logs.',
  },
  indexSlowLogs: {
    name: `${A}.index_slow_logs`,
    valueType: 'boolean',
    description: 'Index slow logs are published to CloudWatch Logs.',
  },
  searchSlowLogs: {
    name: `${A}.search_slow_logs`,
    valueType: 'boolean',
    description: 'Search slow logs are published to CloudWatch Logs.',
  },
  instanceType: {
    name: `${A}.instance_type`,
    valueType: 'string',
    description: 'Instance type of the data nodes.',
  },
  instanceCount: {
    name: `${A}.instance_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Data nodes (hot).',
  },
  dedicatedMasterCount: {
    name: `${A}.dedicated_master_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Dedicated master (cluster manager) nodes; 0 without dedicated masters.',
  },
  dedicatedMasterType: {
    name: `${A}.dedicated_master_type`,
    valueType: 'string',
    description: 'Instance type of the dedicated master nodes.',
  },
  zoneAwareness: {
    name: `${A}.zone_awareness`,
    valueType: 'boolean',
    description: 'Data nodes and replicas are spread over availability zones.',
  },
  availabilityZoneCount: {
    name: `${A}.availability_zone_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Availability zones the data nodes span, with zone awareness.',
  },
  multiAzWithStandby: {
    name: `${A}.multi_az_with_standby`,
    valueType: 'boolean',
    description: 'Multi-AZ with standby is on.',
  },
  warmCount: {
    name: `${A}.warm_count`,
    valueType: 'number',
    unit: 'count',
    description: 'UltraWarm nodes; 0 without UltraWarm.',
  },
  ebsVolumeGib: {
    name: `${A}.ebs_volume_gib`,
    valueType: 'number',
    unit: 'gibibytes',
    description: 'EBS volume of each data node.',
  },
  serviceSoftwareVersion: {
    name: `${A}.service_software_version`,
    valueType: 'string',
    description: 'Service software release the domain runs.',
  },
  updateAvailable: {
    name: `${A}.service_software_update_available`,
    valueType: 'boolean',
    description: 'A service software update is available and not installed.',
  },
  cpuAverage: {
    name: `${P}.cpu_utilization.avg`,
    valueType: 'number',
    unit: 'percent',
    description: 'Average CPU of the data nodes over the window (AWS/ES CPUUtilization).',
  },
  freeStorageMin: {
    name: `${P}.free_storage_space_mb.min`,
    valueType: 'number',
    unit: 'megabytes',
    description: 'Lowest free storage over the window (AWS/ES FreeStorageSpace, Minimum).',
  },
  searchRateSum: {
    name: `${P}.search_rate.sum`,
    valueType: 'number',
    unit: 'count',
    description:
      'Search requests served over the window: the sum of the nodes’ per-minute search rates (AWS/ES SearchRate, Sum); 0 when none was.',
  },
  indexingRateSum: {
    name: `${P}.indexing_rate.sum`,
    valueType: 'number',
    unit: 'count',
    description:
      'Indexing requests served over the window: the sum of the nodes’ per-minute indexing rates (AWS/ES IndexingRate, Sum); 0 when none was.',
  },
  idleDomain: {
    name: `${A}.idle_domain`,
    valueType: 'boolean',
    role: 'idle_signal',
    description:
      'The domain served no search and no indexing request over a whole window it existed for (its creation date from DescribeDomainConfig); not judged when a rate or the creation date is unknown.',
  },
  performanceDataUnavailable: {
    name: `${P}.performance_data_unavailable`,
    valueType: 'object',
    role: 'unavailable',
    description: 'CloudWatch refused or failed the metrics request: {reason, error_code}.',
  },
  ...wasteMetrics(C, {
    waste:
      'What an idle domain’s instances cost a month: (data instance hourly × instance count + dedicated master hourly × master count) × 730 h at the region’s on-demand list price; UltraWarm and cold storage nodes, EBS storage and snapshots aside',
    detail:
      '{reason, quantity (node-hours), unit, unit_price_usd (one instance type) or components (data and dedicated master: {role, instance_type, nodes, quantity, unit_price_usd, monthly_usd}), hours_per_month, monthly_usd, currency, price_source}',
    unpriced: 'idle domain',
  }),
});

export const OPENSEARCH_METRICS: readonly MetricDefinition[] = OPENSEARCH_METRIC.definitions;
