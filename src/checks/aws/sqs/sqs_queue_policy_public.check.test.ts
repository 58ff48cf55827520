import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { open, dlq, plain, denied, all } from './fixtures.js';
import publicPolicy from './sqs_queue_policy_public.check.js';

describe('sqs_queue_policy_public', () => {
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
});
