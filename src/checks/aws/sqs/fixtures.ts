/** SQS snapshots for the check tests, in the collector's normalized shapes. */
import type {
  QueueAttributes,
  ReadFailure,
  SqsQueue,
  SqsRegionSnapshot,
} from '../../../providers/aws/services/sqs/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDenied',
  message: 'not authorized to perform this action',
  httpStatus: 403,
});

export function queue(
  name: string,
  attributes: Partial<QueueAttributes> = {},
  overrides: Partial<SqsQueue> = {},
): SqsQueue {
  return {
    url: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${name}`,
    name,
    arn: `arn:aws:sqs:${REGION}:${ACCOUNT}:${name}`,
    attributes: {
      state: 'available',
      value: {
        fifo: false,
        encryption: { type: 'sse_sqs' },
        policy: { state: 'absent', action: 'sqs:GetQueueAttributes', errorCode: 'NoPolicy' },
        retentionSeconds: 345_600,
        visibilityTimeoutSeconds: 30,
        approximateMessages: 0,
        createdAt: '2025-01-10T08:00:00.000Z',
        ...attributes,
      },
    },
    tags: { state: 'available', value: { team: 'checkout' } },
    ...overrides,
  };
}

export function snapshot(queues: SqsQueue[]): SqsRegionSnapshot {
  return {
    region: REGION,
    queues,
    performance: {
      status: 'collected',
      windowDays: 14,
      windowStart: '2026-06-30T10:00:00.000Z',
      queues: {},
    },
  };
}

/** The queues the check tests share: open, its dead-letter queue, unencrypted, unread. */
export const open = queue('orders', {
  policy: {
    state: 'available',
    value: {
      statementCount: 1,
      publicStatements: ['AnyoneSends'],
      publicActions: ['SQS:SendMessage'],
    },
  },
  encryption: { type: 'kms', kmsKeyId: 'alias/orders' },
  deadLetterTargetArn: 'arn:aws:sqs:eu-west-3:123456789012:orders-dlq',
  maxReceiveCount: 5,
});
export const dlq = queue('orders-dlq');
export const plain = queue('legacy', { encryption: { type: 'none' } });
export const denied = queue(
  'hidden',
  {},
  { attributes: DENIED('sqs:GetQueueAttributes'), tags: DENIED('tag:GetResources') },
);
export const all = snapshot([open, dlq, plain, denied]);
