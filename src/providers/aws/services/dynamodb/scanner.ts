import { defineAwsScanner } from '../../define-scanner.js';
import { DYNAMODB_PERMISSIONS } from './permissions.js';
import { extractDynamoEvents } from './extract.js';
import { DYNAMODB_METRICS } from './metrics.js';

/**
 * DynamoDB tables of one region: capacity mode and provisioned units, encryption key, point-in-time
 * recovery, deletion protection, consumed capacity and throttles from CloudWatch, unused tables and
 * (with options.cost) what provisioned capacity costs over on-demand.
 */
export const dynamodbScanner = defineAwsScanner({
  service: 'dynamodb',
  title: 'Amazon DynamoDB tables',
  scope: 'regional',
  metrics: DYNAMODB_METRICS,
  permissions: DYNAMODB_PERMISSIONS,
  paidCalls: true,
  collect: async (ctx) => (await import('./collector.js')).collectDynamoSnapshot(ctx),
  extract: extractDynamoEvents,
});
