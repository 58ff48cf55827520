import type { CheckDefinition, CheckPack } from '../../core/index.js';
import { AUTHORIZATION_CHECKS } from './authorization/index.js';
import { CIS_AZURE_4_0 } from './compliance/cis-azure-4.0.js';
import { CIS_AZURE_DATABASE_2_0 } from './compliance/cis-azure-database-2.0.js';
import { DEFENDER_CHECKS } from './defender/index.js';
import { KEYVAULT_CHECKS } from './keyvault/index.js';
import { MONITOR_CHECKS } from './monitor/index.js';
import { NETWORK_CHECKS } from './network/index.js';
import { SQL_CHECKS } from './sql/index.js';
import { STORAGE_CHECKS } from './storage/index.js';

/** Every Azure check, by service: one line per service (its index lists its checks). */
export const AZURE_CHECKS: readonly CheckDefinition[] = [
  ...AUTHORIZATION_CHECKS,
  ...DEFENDER_CHECKS,
  ...KEYVAULT_CHECKS,
  ...MONITOR_CHECKS,
  ...NETWORK_CHECKS,
  ...SQL_CHECKS,
  ...STORAGE_CHECKS,
];

/** The Azure checks and the frameworks they map to. */
export const AZURE_CHECK_PACK: CheckPack = {
  provider: 'azure',
  checks: AZURE_CHECKS,
  frameworks: [CIS_AZURE_4_0, CIS_AZURE_DATABASE_2_0],
};
