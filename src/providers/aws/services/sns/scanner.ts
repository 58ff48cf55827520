import { defineAwsScanner } from '../../define-scanner.js';
import { SNS_PERMISSIONS } from './permissions.js';
import { extractSnsEvents } from './extract.js';
import { SNS_METRICS } from './metrics.js';

/**
 * SNS topics of one region: encryption, public topic policies, subscriptions and their dead-letter
 * queues, published and failed messages from CloudWatch, idle topics.
 */
export const snsScanner = defineAwsScanner({
  service: 'sns',
  title: 'Amazon SNS topics',
  scope: 'regional',
  metrics: SNS_METRICS,
  permissions: SNS_PERMISSIONS,
  paidCalls: true,
  collect: async (ctx) => (await import('./collector.js')).collectSnsSnapshot(ctx),
  extract: extractSnsEvents,
});
