import type { CheckDefinition } from '../../../core/index.js';
import config_recorder_all_regions_enabled from './config_recorder_all_regions_enabled.check.js';

/** The AWS Config checks: one line per check. */
export const CONFIG_CHECKS: readonly CheckDefinition[] = [config_recorder_all_regions_enabled];
