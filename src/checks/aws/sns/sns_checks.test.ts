import { describe, expect, it } from 'vitest';
import type { SnsRegionSnapshot, SnsTopic } from '../../../providers/aws/services/sns/model.js';
import { ACCOUNT, context, REGION, run, statuses } from '../testing.js';
import deadLetter from './sns_subscription_dead_letter_queue.check.js';
import encrypted from './sns_topic_encrypted.check.js';
import publicPolicy from './sns_topic_policy_public.check.js';
import tags from './sns_resource_required_tags.check.js';

const DENIED = {
  state: 'denied',
  action: 'sns:GetTopicAttributes',
  errorCode: 'AuthorizationError',
  message: 'not authorized',
} as const;
const arn = (name: string) => `arn:aws:sns:${REGION}:${ACCOUNT}:${name}`;
const topic = (name: string, kmsKeyId?: string, publicStatements: string[] = []): SnsTopic => ({
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
const open = topic('alerts', undefined, ['AnyonePublishes']);
const safe = topic('orders', 'alias/aws/sns');
const hidden: SnsTopic = {
  ...topic('hidden'),
  attributes: DENIED,
  tags: { ...DENIED, action: 'sns:ListTagsForResource' },
};
const snap = (subscriptions: SnsRegionSnapshot['subscriptions']): SnsRegionSnapshot => ({
  region: REGION,
  topics: [open, safe, hidden],
  subscriptions,
  performance: { status: 'unavailable', errorCode: 'AccessDenied' },
});
const all = snap({
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

describe('SNS checks', () => {
  it('sns_topic_policy_public fails the open topic naming the statement', () => {
    expect(run(publicPolicy, all).map((r) => [r.status, r.reason])).toEqual([
      ['FAIL', "topic alerts's policy lets anyone call SNS:Publish (statement AnyonePublishes)"],
      ['PASS', "topic orders's policy (1 statements) lets no one in without a narrowing condition"],
      [
        'ERROR',
        'the policy of topic hidden could not be read: sns:GetTopicAttributes was denied (AuthorizationError) — not authorized',
      ],
    ]);
  });

  it('sns_topic_encrypted passes a KMS topic and fails a clear one', () => {
    expect(statuses(encrypted, all)).toEqual({
      [open.arn]: 'FAIL',
      [safe.arn]: 'PASS',
      [hidden.arn]: 'ERROR',
    });
  });

  it('sns_subscription_dead_letter_queue judges each subscription, ERROR on the region when unlisted', () => {
    expect(statuses(deadLetter, all)).toEqual({
      [`${arn('orders')}:a`]: 'PASS',
      [`${arn('orders')}:b`]: 'FAIL',
    });
    expect(run(deadLetter, snap({ ...DENIED, action: 'sns:ListSubscriptions' }))).toEqual([
      {
        resource_id: `arn:aws:sns:${REGION}:${ACCOUNT}:region/${REGION}`,
        status: 'ERROR',
        reason:
          'the subscriptions of the region could not be read: sns:ListSubscriptions was denied (AuthorizationError) — not authorized',
      },
    ]);
  });

  it('sns_resource_required_tags judges tags, ERROR where they were denied', () => {
    const ctx = context({ options: { check_config: { required_tags: { team: [] } } } });
    expect(statuses(tags, all, ctx)).toEqual({
      [open.arn]: 'PASS',
      [safe.arn]: 'PASS',
      [hidden.arn]: 'ERROR',
    });
  });
});
