import { defineAwsScanner } from '../../define-scanner.js';
import { CONFIG_PERMISSIONS } from './permissions.js';
import { extractConfigEvents } from './extract.js';
import { CONFIG_METRICS } from './metrics.js';

/** AWS Config of one region: the configuration recorder, its status and delivery channels. */
export const configScanner = defineAwsScanner({
  service: 'config',
  title: 'AWS Config',
  scope: 'regional',
  metrics: CONFIG_METRICS,
  permissions: CONFIG_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectConfigSnapshot(ctx),
  extract: extractConfigEvents,
});
