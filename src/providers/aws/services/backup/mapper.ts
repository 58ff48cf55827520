import type {
  BackupPlansListMember,
  BackupSelection,
  BackupVaultListMember,
  ConditionParameter,
  ProtectedResource as SdkProtectedResource,
} from '@aws-sdk/client-backup';
import { decodePolicyDocument, grants, parseStatements } from '../../policy/index.js';
import type {
  BackupPlan,
  ProtectedResource,
  SelectionDetail,
  Vault,
  VaultPolicy,
} from './model.js';

const iso = (d: Date | undefined) => d?.toISOString();

export function mapPlan(p: BackupPlansListMember): Omit<BackupPlan, 'selections'> | undefined {
  if (!p.BackupPlanId || !p.BackupPlanArn) return undefined;
  const last = iso(p.LastExecutionDate);
  return {
    id: p.BackupPlanId,
    arn: p.BackupPlanArn,
    name: p.BackupPlanName ?? p.BackupPlanId,
    ...(last ? { lastExecutionAt: last } : {}),
  };
}

/** The service a resource ARN or pattern names: `arn:aws:rds:…` → rds; `*` → `*`. */
function resourceType(resource: string): string {
  if (resource === '*') return '*';
  return resource.split(':')[2] || '*';
}

export function mapSelectionDetail(s: BackupSelection | undefined): SelectionDetail {
  const resources = s?.Resources ?? [];
  const tags = [
    ...(s?.ListOfTags ?? []).map((t) => `${t.ConditionKey ?? ''}=${t.ConditionValue ?? ''}`),
    ...Object.values(s?.Conditions ?? {}).flatMap((params: ConditionParameter[] | undefined) =>
      (params ?? []).map((p) => `${p.ConditionKey ?? ''}=${p.ConditionValue ?? ''}`),
    ),
  ].map((t) => t.replace(/^aws:ResourceTag\//, ''));
  return {
    resources,
    notResources: s?.NotResources ?? [],
    tagConditions: tags,
    // Tags alone select every supported resource type.
    resourceTypes: [...new Set(resources.length > 0 ? resources.map(resourceType) : ['*'])].sort(),
  };
}

export function mapVault(v: BackupVaultListMember): Omit<Vault, 'policy'> | undefined {
  if (!v.BackupVaultArn || !v.BackupVaultName) return undefined;
  return {
    arn: v.BackupVaultArn,
    name: v.BackupVaultName,
    ...(v.VaultType ? { vaultType: v.VaultType } : {}),
    ...(v.EncryptionKeyArn ? { encryptionKeyArn: v.EncryptionKeyArn } : {}),
    ...(v.EncryptionKeyType ? { encryptionKeyType: v.EncryptionKeyType } : {}),
    recoveryPoints: v.NumberOfRecoveryPoints ?? 0,
    locked: v.Locked === true,
    ...(v.MinRetentionDays !== undefined ? { minRetentionDays: v.MinRetentionDays } : {}),
    ...(v.MaxRetentionDays !== undefined ? { maxRetentionDays: v.MaxRetentionDays } : {}),
  };
}

export function judgeVaultPolicy(text: string | undefined): VaultPolicy {
  const open = grants(parseStatements(decodePolicyDocument(text)), {
    actions: ['backup:*'],
  }).filter((g) => g.public);
  return {
    publicStatements: open.map((g) => g.sid ?? `#${g.index}`),
    publicActions: [...new Set(open.flatMap((g) => g.actions))].sort(),
  };
}

export function mapProtectedResource(r: SdkProtectedResource): ProtectedResource | undefined {
  if (!r.ResourceArn) return undefined;
  const last = iso(r.LastBackupTime);
  return {
    arn: r.ResourceArn,
    type: r.ResourceType ?? '',
    ...(r.ResourceName ? { name: r.ResourceName } : {}),
    ...(last ? { lastBackupAt: last } : {}),
    ...(r.LastBackupVaultArn ? { lastBackupVaultArn: r.LastBackupVaultArn } : {}),
  };
}
