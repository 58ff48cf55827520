import { defineAwsScanner } from '../../define-scanner.js';
import { LAMBDA_PERMISSIONS } from './permissions.js';
import { extractLambdaEvents } from './extract.js';
import { LAMBDA_METRICS } from './metrics.js';

/**
 * Lambda functions of one region: configuration, runtime support, resource policies and function
 * URLs, reserved and account concurrency, invocations/errors/throttles from CloudWatch, idle ones.
 */
export const lambdaScanner = defineAwsScanner({
  service: 'lambda',
  title: 'AWS Lambda functions',
  scope: 'regional',
  metrics: LAMBDA_METRICS,
  permissions: LAMBDA_PERMISSIONS,
  paidCalls: true,
  collect: async (ctx) => (await import('./collector.js')).collectLambdaSnapshot(ctx),
  extract: extractLambdaEvents,
});
