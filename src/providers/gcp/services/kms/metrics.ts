import { defineMetrics } from '../../../../core/index.js';

const M = 'gcp.metadata.kms';
const S = 'gcp.security.kms';

/** Cloud KMS facts, on each key's full resource name (project-wide errors on the project). */
export const KMS_METRIC = defineMetrics({
  keyName: {
    name: `${M}.key_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the crypto key.',
  },
  keyPurpose: {
    name: `${M}.key_purpose`,
    valueType: 'string',
    description: 'ENCRYPT_DECRYPT, ASYMMETRIC_SIGN, ASYMMETRIC_DECRYPT, MAC…',
  },
  keyLocation: { name: `${M}.key_location`, valueType: 'string', description: 'Location.' },
  rotationDays: {
    name: `${S}.key_rotation_period_days`,
    valueType: 'number',
    unit: 'days',
    description: 'Automatic rotation period of the key (absent: not rotated automatically).',
  },
  publicMembers: {
    name: `${S}.key_public_members`,
    valueType: 'array',
    description:
      'allUsers / allAuthenticatedUsers grants of the key’s IAM policy and of its key ring’s (inherited), as role:member.',
  },
  keysError: {
    name: `${M}.keys_error`,
    valueType: 'string',
    description: 'Why the project’s keys or their IAM policies could not be read (method: code).',
  },
});
