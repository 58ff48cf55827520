import { defineAwsScanner } from '../../define-scanner.js';
import { collectConfigSnapshot, CONFIG_PERMISSIONS } from './collector.js';
import { extractConfigEvents } from './extract.js';
import { CONFIG_METRICS } from './metrics.js';

/** AWS Config of one region: the configuration recorder, its status and delivery channels. */
export const configScanner = defineAwsScanner({
  service: 'config',
  title: 'AWS Config',
  scope: 'regional',
  metrics: CONFIG_METRICS,
  permissions: CONFIG_PERMISSIONS,
  collect: collectConfigSnapshot,
  extract: extractConfigEvents,
});
