import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.backup';
const S = 'aws.security.backup';
const A = 'aws.architecture.backup';

/** Facts about plans, vaults and protected resources, on their ARNs; counts on the region. */
export const BACKUP_METRIC = defineMetrics({
  planCount: {
    name: `${M}.plan_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Backup plans of the region.',
  },
  protectedResourceCount: {
    name: `${M}.protected_resource_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Resources with at least one recovery point (ListProtectedResources).',
  },
  readError: {
    name: `${M}.read_error`,
    valueType: 'array',
    description: 'Reads that failed or were denied, each `action: code`.',
  },
  planName: {
    name: `${M}.plan_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the backup plan.',
  },
  planLastExecutionAt: {
    name: `${A}.plan_last_execution_at`,
    valueType: 'string',
    description: 'Last time the plan ran a backup job (ISO 8601).',
  },
  selectionCount: {
    name: `${A}.selection_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Resource assignments (selections) of the plan; 0 means it backs up nothing.',
  },
  selectsByTags: {
    name: `${A}.selects_by_tags`,
    valueType: 'boolean',
    description: 'A selection of the plan assigns resources by tag conditions.',
  },
  selectionTagConditions: {
    name: `${A}.selection_tag_conditions`,
    valueType: 'array',
    description: 'Tag conditions (key=value) the plan’s selections select by.',
  },
  selectedResourceTypes: {
    name: `${A}.selected_resource_types`,
    valueType: 'array',
    description: 'Services the plan’s selections name (ec2, rds…), * for every supported type.',
  },
  vaultName: {
    name: `${M}.vault_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the backup vault.',
  },
  vaultRecoveryPoints: {
    name: `${A}.vault_recovery_points`,
    valueType: 'number',
    unit: 'count',
    description: 'Recovery points stored in the vault.',
  },
  vaultEncryptionKeyArn: {
    name: `${S}.vault_encryption_key_arn`,
    valueType: 'string',
    description: 'KMS key encrypting the vault’s recovery points.',
  },
  vaultCustomerManagedKey: {
    name: `${S}.vault_customer_managed_key`,
    valueType: 'boolean',
    description: 'The vault is encrypted with a customer managed KMS key (EncryptionKeyType).',
  },
  vaultLocked: {
    name: `${S}.vault_locked`,
    valueType: 'boolean',
    description: 'Vault Lock is on (recovery points cannot be deleted before their retention).',
  },
  vaultPolicyPublic: {
    name: `${S}.vault_policy_public`,
    valueType: 'boolean',
    description:
      'The vault access policy allows backup actions to principal "*" without a narrowing condition; false without a policy.',
  },
  lastBackupAt: {
    name: `${A}.last_backup_at`,
    valueType: 'string',
    description: 'Last backup of the protected resource (ISO 8601), on the resource’s ARN.',
  },
  daysSinceLastBackup: {
    name: `${A}.days_since_last_backup`,
    valueType: 'number',
    unit: 'days',
    description: 'Whole days since the protected resource’s last backup.',
  },
  lastBackupVaultArn: {
    name: `${A}.last_backup_vault_arn`,
    valueType: 'string',
    description: 'Vault holding the protected resource’s last recovery point.',
  },
});

export const BACKUP_METRICS: readonly MetricDefinition[] = BACKUP_METRIC.definitions;
