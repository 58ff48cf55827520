import { defineAwsScanner } from '../../define-scanner.js';
import { collectSnsSnapshot, SNS_PERMISSIONS } from './collector.js';
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
  collect: collectSnsSnapshot,
  extract: extractSnsEvents,
});
