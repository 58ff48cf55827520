/** One region's AWS Backup plans, selections, vaults and protected resources in our own types. */
import { scannerRef } from '../../../../core/index.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

/** What a selection assigns to its plan (GetBackupSelection). */
export interface SelectionDetail {
  /** Resource ARNs or patterns (`*`, `arn:aws:ec2:*:*:volume/*`). */
  resources: string[];
  notResources: string[];
  /** Tag conditions (`key=value`, ListOfTags and Conditions alike). */
  tagConditions: string[];
  /** Services the resources name (`ec2`, `rds`…), `*` for every supported type. */
  resourceTypes: string[];
}

export interface Selection {
  id: string;
  name: string;
  iamRoleArn?: string;
  detail: Read<SelectionDetail>;
}

export interface BackupPlan {
  id: string;
  arn: string;
  name: string;
  /** ISO 8601. */
  lastExecutionAt?: string;
  selections: Read<Selection[]>;
}

/** The vault access policy judged where it was read; the text is not kept. */
export interface VaultPolicy {
  publicStatements: string[];
  publicActions: string[];
}

export interface Vault {
  arn: string;
  name: string;
  vaultType?: string;
  encryptionKeyArn?: string;
  /** AWS_OWNED_KMS_KEY or CUSTOMER_MANAGED_KMS_KEY, as ListBackupVaults reports it. */
  encryptionKeyType?: string;
  recoveryPoints: number;
  locked: boolean;
  minRetentionDays?: number;
  maxRetentionDays?: number;
  /** `absent` (ResourceNotFoundException) when the vault has no access policy. */
  policy: Read<VaultPolicy>;
}

export interface ProtectedResource {
  arn: string;
  type: string;
  name?: string;
  /** ISO 8601. */
  lastBackupAt?: string;
  lastBackupVaultArn?: string;
}

export interface BackupRegionSnapshot {
  region: string;
  plans: BackupPlan[];
  vaults: Read<Vault[]>;
  protectedResources: Read<ProtectedResource[]>;
}

/** Days after which a protected resource's last backup is stale. */
export const STALE_BACKUP_DAYS = 7;

/** The AWS Backup scanner, as its checks name it. */
export const BACKUP = scannerRef<BackupRegionSnapshot>('aws', 'backup');
