import { defineAwsScanner } from '../../define-scanner.js';
import { SQS_PERMISSIONS } from './permissions.js';
import { extractSqsEvents } from './extract.js';
import { SQS_METRICS } from './metrics.js';

/**
 * SQS queues of one region: encryption at rest, public access policies, dead-letter queues and
 * redrive, traffic and backlog from CloudWatch, idle queues.
 */
export const sqsScanner = defineAwsScanner({
  service: 'sqs',
  title: 'Amazon SQS queues',
  scope: 'regional',
  metrics: SQS_METRICS,
  permissions: SQS_PERMISSIONS,
  paidCalls: true,
  collect: async (ctx) => (await import('./collector.js')).collectSqsSnapshot(ctx),
  extract: extractSqsEvents,
});
