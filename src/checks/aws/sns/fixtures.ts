/** SNS snapshots for the check tests: an open, a safe and an unread topic, and their subscriptions. */
import type { SnsRegionSnapshot, SnsTopic } from '../../../providers/aws/services/sns/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED = {
  state: 'denied',
  action: 'sns:GetTopicAttributes',
  errorCode: 'AuthorizationError',
  message: 'not authorized',
} as const;
export const arn = (name: string) => `arn:aws:sns:${REGION}:${ACCOUNT}:${name}`;
export const topic = (
  name: string,
  kmsKeyId?: string,
  publicStatements: string[] = [],
): SnsTopic => ({
  arn: arn(name),
  name,
  attributes: {
    state: 'available',
    value: {
      fifo: false,
      ...(kmsKeyId ? { kmsKeyId } : {}),
      policy: {
        state: 'available',
        value: {
          statementCount: 1 + publicStatements.length,
          publicStatements,
          publicActions: publicStatements.length ? ['SNS:Publish'] : [],
        },
      },
      subscriptionsConfirmed: 1,
      subscriptionsPending: 0,
    },
  },
  tags: { state: 'available', value: { team: 'ops' } },
});
export const open = topic('alerts', undefined, ['AnyonePublishes']);
export const safe = topic('orders', 'alias/aws/sns');
export const hidden: SnsTopic = {
  ...topic('hidden'),
  attributes: DENIED,
  tags: { ...DENIED, action: 'tag:GetResources' },
};
export const snap = (subscriptions: SnsRegionSnapshot['subscriptions']): SnsRegionSnapshot => ({
  region: REGION,
  topics: [open, safe, hidden],
  subscriptions,
  performance: { status: 'unavailable', errorCode: 'AccessDenied' },
});
export const all = snap({
  state: 'available',
  value: [
    {
      arn: `${arn('orders')}:a`,
      topicArn: arn('orders'),
      protocol: 'sqs',
      deadLetterTargetArn: { state: 'available', value: 'arn:aws:sqs:eu-west-3:123456789012:dlq' },
    },
    {
      arn: `${arn('orders')}:b`,
      topicArn: arn('orders'),
      protocol: 'lambda',
      deadLetterTargetArn: { state: 'available', value: null },
    },
  ],
});
