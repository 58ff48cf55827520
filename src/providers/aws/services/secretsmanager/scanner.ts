import { defineAwsScanner } from '../../define-scanner.js';
import { SECRETSMANAGER_PERMISSIONS } from './permissions.js';
import { extractSecretsManagerEvents } from './extract.js';
import { SECRETSMANAGER_METRICS } from './metrics.js';

/**
 * Secrets Manager secrets of one region, from ListSecrets alone: rotation (enabled, schedule,
 * last and next), last retrieval and unused secrets, the KMS key, tags, and the region's count.
 */
export const secretsManagerScanner = defineAwsScanner({
  service: 'secretsmanager',
  title: 'AWS Secrets Manager secrets',
  scope: 'regional',
  metrics: SECRETSMANAGER_METRICS,
  permissions: SECRETSMANAGER_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectSecretsManagerSnapshot(ctx),
  extract: extractSecretsManagerEvents,
});
