import { describe, expect, it } from 'vitest';
import { context, run, statuses } from '../testing.js';
import { DENIED, queue, snapshot } from './fixtures.js';
import deadLetter from './sqs_queue_dead_letter_queue_configured.check.js';
import encrypted from './sqs_queue_encrypted.check.js';
import publicPolicy from './sqs_queue_policy_public.check.js';
import tags from './sqs_resource_required_tags.check.js';

const open = queue('orders', {
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
const dlq = queue('orders-dlq');
const plain = queue('legacy', { encryption: { type: 'none' } });
const denied = queue(
  'hidden',
  {},
  { attributes: DENIED('sqs:GetQueueAttributes'), tags: DENIED('sqs:ListQueueTags') },
);
const all = snapshot([open, dlq, plain, denied]);

describe('SQS checks', () => {
  it('sqs_queue_encrypted: KMS and SSE-SQS pass, none fails, unread is ERROR', () => {
    expect(run(encrypted, all).map((r) => [r.status, r.reason])).toEqual([
      ['PASS', 'queue orders is encrypted with KMS key alias/orders'],
      ['PASS', 'queue orders-dlq is encrypted with SQS-managed keys (SSE-SQS)'],
      ['FAIL', 'queue legacy is not encrypted at rest'],
      [
        'ERROR',
        'the attributes of queue hidden could not be read: sqs:GetQueueAttributes was denied (AccessDenied) — not authorized to perform this action',
      ],
    ]);
  });

  it('sqs_queue_policy_public: fails an open statement naming it, passes a queue without policy', () => {
    expect(run(publicPolicy, all)[0]).toEqual({
      resource_id: open.arn,
      status: 'FAIL',
      reason: "queue orders's policy lets anyone call SQS:SendMessage (statement AnyoneSends)",
    });
    expect(statuses(publicPolicy, all)).toEqual({
      [open.arn]: 'FAIL',
      [dlq.arn]: 'PASS',
      [plain.arn]: 'PASS',
      [denied.arn]: 'ERROR',
    });
  });

  it('sqs_queue_dead_letter_queue_configured: skips the dead-letter queue itself', () => {
    expect(statuses(deadLetter, all)).toEqual({
      [open.arn]: 'PASS',
      [plain.arn]: 'FAIL',
      [denied.arn]: 'ERROR',
    });
  });

  it('sqs_resource_required_tags: judges tags, ERROR where ListQueueTags was denied', () => {
    const ctx = context({ options: { check_config: { required_tags: { team: [] } } } });
    expect(statuses(tags, snapshot([plain, denied]), ctx)).toEqual({
      [plain.arn]: 'PASS',
      [denied.arn]: 'ERROR',
    });
    expect(run(tags, all)).toEqual([]);
  });
});
