/**
 * What the backup scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const BACKUP_PERMISSIONS = [
  'backup:ListBackupPlans',
  'backup:ListBackupSelections',
  'backup:GetBackupSelection',
  'backup:ListBackupVaults',
  'backup:GetBackupVaultAccessPolicy',
  'backup:ListProtectedResources',
] as const;
