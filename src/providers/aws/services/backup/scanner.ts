import { defineAwsScanner } from '../../define-scanner.js';
import { BACKUP_PERMISSIONS } from './permissions.js';
import { extractBackupEvents } from './extract.js';
import { BACKUP_METRICS } from './metrics.js';

/**
 * AWS Backup of one region: plans and what their selections select (tags, resource types), plans
 * selecting nothing, vaults (customer managed key, Vault Lock, access policy open to anyone,
 * recovery points), and every protected resource's last backup.
 */
export const backupScanner = defineAwsScanner({
  service: 'backup',
  title: 'AWS Backup plans, vaults and protected resources',
  scope: 'regional',
  metrics: BACKUP_METRICS,
  permissions: BACKUP_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectBackupSnapshot(ctx),
  extract: extractBackupEvents,
});
