import { metric, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.kms';
const S = 'aws.security.kms';

export const KMS_METRIC = {
  keyManager: `${M}.key_manager`,
  keyState: `${M}.key_state`,
  keySpec: `${M}.key_spec`,
  keyOrigin: `${M}.key_origin`,
  aliases: `${M}.aliases`,
  customerManagedKeyCount: `${M}.customer_managed_key_count`,
  rotationEnabled: `${S}.rotation_enabled`,
  rotationPeriodDays: `${S}.rotation_period_days`,
  deletionDate: `${S}.deletion_date`,
  policyPublicStatements: `${S}.policy_public_statements`,
  policyPublicActions: `${S}.policy_public_actions`,
  policyExternalAccounts: `${S}.policy_external_accounts`,
  readError: `${S}.key_read_error`,
} as const;

export const KMS_METRICS: readonly MetricDefinition[] = [
  metric(KMS_METRIC.keyManager, 'string', 'Who manages the key: AWS or CUSTOMER.'),
  metric(
    KMS_METRIC.keyState,
    'string',
    'Key state: Enabled, Disabled, PendingDeletion, PendingImport, Unavailable…',
  ),
  metric(KMS_METRIC.keySpec, 'string', 'Key spec, e.g. SYMMETRIC_DEFAULT, RSA_2048, HMAC_256.'),
  metric(
    KMS_METRIC.keyOrigin,
    'string',
    'Origin of the key material: AWS_KMS, EXTERNAL (imported), AWS_CLOUDHSM or EXTERNAL_KEY_STORE.',
  ),
  metric(KMS_METRIC.aliases, 'array', 'Aliases pointing at the key.'),
  metric(
    KMS_METRIC.customerManagedKeyCount,
    'number',
    'Customer-managed keys in the region.',
    'count',
  ),
  metric(
    KMS_METRIC.rotationEnabled,
    'boolean',
    'True when automatic rotation is on (customer-managed symmetric keys with KMS-generated material).',
  ),
  metric(KMS_METRIC.rotationPeriodDays, 'number', 'Days between automatic rotations.', 'days'),
  metric(
    KMS_METRIC.deletionDate,
    'string',
    'When a key scheduled for deletion is deleted (ISO 8601, UTC).',
  ),
  metric(
    KMS_METRIC.policyPublicStatements,
    'array',
    'Sids (or #index) of the key policy statements that let anyone use the key (`"*"` with no narrowing condition).',
  ),
  metric(KMS_METRIC.policyPublicActions, 'array', 'The KMS actions those public statements grant.'),
  metric(
    KMS_METRIC.policyExternalAccounts,
    'array',
    'Other AWS accounts the key policy lets use the key.',
  ),
  metric(
    KMS_METRIC.readError,
    'string',
    'Why the key, its rotation or its policy could not be read (action: error code).',
  ),
];
