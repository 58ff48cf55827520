import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { open, safe, hidden, all } from './fixtures.js';
import encrypted from './sns_topic_encrypted.check.js';

describe('sns_topic_encrypted', () => {
  it('sns_topic_encrypted passes a KMS topic and fails a clear one', () => {
    expect(statuses(encrypted, all)).toEqual({
      [open.arn]: 'FAIL',
      [safe.arn]: 'PASS',
      [hidden.arn]: 'ERROR',
    });
  });
});
