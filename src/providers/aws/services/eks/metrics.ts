import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.eks';
const S = 'aws.security.eks';
const A = 'aws.architecture.eks';

/** Facts about one EKS cluster, on its ARN. */
export const EKS_METRIC = defineMetrics({
  clusterName: {
    name: `${M}.cluster_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the cluster.',
  },
  readError: {
    name: `${M}.read_error`,
    valueType: 'array',
    description:
      'Reads of the cluster that failed or were denied, each `action: code` (DescribeCluster).',
  },
  status: {
    name: `${M}.status`,
    valueType: 'string',
    role: 'resource_state',
    description: 'CREATING, ACTIVE, DELETING, FAILED, UPDATING or PENDING.',
  },
  createdAt: {
    name: `${M}.created_at`,
    valueType: 'string',
    description: 'When the cluster was created (ISO 8601).',
  },
  version: {
    name: `${M}.kubernetes_version`,
    valueType: 'string',
    description: 'Kubernetes minor version of the control plane.',
  },
  platformVersion: {
    name: `${M}.platform_version`,
    valueType: 'string',
    description: 'EKS platform version of the control plane (eks.N).',
  },
  versionSupport: {
    name: `${A}.version_support`,
    valueType: 'string',
    description:
      'Where the Kubernetes version stands on the scan day by the EKS release calendar: standard, extended (paid per cluster hour), unsupported, or newer (released after the calendar was taken).',
  },
  endOfStandardSupport: {
    name: `${A}.end_of_standard_support`,
    valueType: 'string',
    description:
      'Day standard support of the version ends (the first day of extended support), by the EKS calendar.',
  },
  supportType: {
    name: `${A}.upgrade_policy_support_type`,
    valueType: 'string',
    description:
      'The cluster’s upgrade policy: STANDARD (upgraded at end of standard support) or EXTENDED (stays, paid).',
  },
  endpointPublicAccess: {
    name: `${S}.endpoint_public_access`,
    valueType: 'boolean',
    description: 'The Kubernetes API server endpoint is reachable from the internet.',
  },
  endpointPrivateAccess: {
    name: `${S}.endpoint_private_access`,
    valueType: 'boolean',
    description: 'The Kubernetes API server endpoint is reachable from within the cluster’s VPC.',
  },
  publicAccessCidrs: {
    name: `${S}.public_access_cidrs`,
    valueType: 'array',
    description: 'CIDR blocks allowed to reach the public endpoint.',
  },
  endpointOpenToInternet: {
    name: `${S}.endpoint_open_to_internet`,
    valueType: 'boolean',
    description: 'The public endpoint is on and allows 0.0.0.0/0 (or ::/0).',
  },
  loggingEnabled: {
    name: `${S}.control_plane_log_types`,
    valueType: 'array',
    description:
      'Control plane log types sent to CloudWatch Logs (api, audit, authenticator, controllerManager, scheduler).',
  },
  auditLogging: {
    name: `${S}.audit_logging`,
    valueType: 'boolean',
    description: 'The Kubernetes audit log of the control plane is sent to CloudWatch Logs.',
  },
  secretsEncrypted: {
    name: `${S}.secrets_encrypted`,
    valueType: 'boolean',
    description:
      'Kubernetes secrets are envelope-encrypted with a KMS key (encryptionConfig covers secrets).',
  },
  secretsKmsKey: {
    name: `${S}.secrets_kms_key`,
    valueType: 'string',
    description: 'KMS key envelope-encrypting the Kubernetes secrets.',
  },
});

export const EKS_METRICS: readonly MetricDefinition[] = EKS_METRIC.definitions;
