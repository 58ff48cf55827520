import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import { all } from './fixtures.js';
import encrypted from './sqs_queue_encrypted.check.js';

describe('sqs_queue_encrypted', () => {
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
});
