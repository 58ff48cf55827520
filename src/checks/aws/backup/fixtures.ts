/** AWS Backup snapshots for the check tests, in the collector's normalized shapes. */
import type {
  BackupPlan,
  BackupRegionSnapshot,
  ProtectedResource,
  ReadFailure,
  Vault,
} from '../../../providers/aws/services/backup/model.js';
import { ACCOUNT, daysAgo, REGION } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDeniedException',
  message: 'not authorized to perform this action',
  httpStatus: 403,
});

const NO_POLICY: ReadFailure = {
  state: 'absent',
  action: 'backup:GetBackupVaultAccessPolicy',
  errorCode: 'ResourceNotFoundException',
};

export function plan(name: string, selections: BackupPlan['selections']): BackupPlan {
  return {
    id: `id-${name}`,
    arn: `arn:aws:backup:${REGION}:${ACCOUNT}:backup-plan:id-${name}`,
    name,
    selections,
  };
}

export function vault(name: string, overrides: Partial<Vault> = {}): Vault {
  return {
    arn: `arn:aws:backup:${REGION}:${ACCOUNT}:backup-vault:${name}`,
    name,
    vaultType: 'BACKUP_VAULT',
    encryptionKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/cmk`,
    encryptionKeyType: 'CUSTOMER_MANAGED_KMS_KEY',
    recoveryPoints: 10,
    locked: true,
    minRetentionDays: 7,
    policy: NO_POLICY,
    ...overrides,
  };
}

export function resource(name: string, days?: number): ProtectedResource {
  return {
    arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/${name}`,
    type: 'EBS',
    name,
    ...(days !== undefined ? { lastBackupAt: daysAgo(days) } : {}),
  };
}

export function snapshot(parts: Partial<BackupRegionSnapshot> = {}): BackupRegionSnapshot {
  return {
    region: REGION,
    plans: [],
    vaults: { state: 'available', value: [] },
    protectedResources: { state: 'available', value: [] },
    ...parts,
  };
}

export const daily = plan('daily', {
  state: 'available',
  value: [
    {
      id: 'sel-1',
      name: 'tagged',
      detail: {
        state: 'available',
        value: {
          resources: [],
          notResources: [],
          tagConditions: ['backup=daily'],
          resourceTypes: ['*'],
        },
      },
    },
  ],
});
export const forgotten = plan('forgotten', { state: 'available', value: [] });
export const hiddenPlan = plan('hidden', DENIED('backup:ListBackupSelections'));

export const locked = vault('main');
export const open = vault('Default', {
  encryptionKeyType: 'AWS_OWNED_KMS_KEY',
  locked: false,
  policy: {
    state: 'available',
    value: { publicStatements: ['Anyone'], publicActions: ['backup:DeleteRecoveryPoint'] },
  },
});
export const empty = vault('empty', { locked: false, recoveryPoints: 0 });
export const hiddenVault = vault('hidden', {
  encryptionKeyType: undefined,
  policy: DENIED('backup:GetBackupVaultAccessPolicy'),
});

export const fresh = resource('vol-fresh', 1);
export const stale = resource('vol-stale', 30);

export const all = snapshot({
  plans: [daily, forgotten, hiddenPlan],
  vaults: { state: 'available', value: [locked, open, empty, hiddenVault] },
  protectedResources: { state: 'available', value: [fresh, stale] },
});
