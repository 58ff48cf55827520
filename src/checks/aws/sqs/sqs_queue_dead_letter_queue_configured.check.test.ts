import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { open, plain, denied, all } from './fixtures.js';
import deadLetter from './sqs_queue_dead_letter_queue_configured.check.js';

describe('sqs_queue_dead_letter_queue_configured', () => {
  it('sqs_queue_dead_letter_queue_configured: skips the dead-letter queue itself', () => {
    expect(statuses(deadLetter, all)).toEqual({
      [open.arn]: 'PASS',
      [plain.arn]: 'FAIL',
      [denied.arn]: 'ERROR',
    });
  });
});
