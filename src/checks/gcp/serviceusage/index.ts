import type { CheckDefinition } from '../../../core/index.js';
import serviceusage_cloud_asset_inventory_enabled from './serviceusage_cloud_asset_inventory_enabled.check.js';

/** The Service Usage checks: one line per check. */
export const SERVICEUSAGE_CHECKS: readonly CheckDefinition[] = [
  serviceusage_cloud_asset_inventory_enabled,
] as CheckDefinition[];
