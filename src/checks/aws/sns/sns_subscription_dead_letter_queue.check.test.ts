import { describe, expect, it } from 'vitest';
import { ACCOUNT, REGION, run, statuses } from '../testing.js';
import { DENIED, arn, snap, all } from './fixtures.js';
import deadLetter from './sns_subscription_dead_letter_queue.check.js';

describe('sns_subscription_dead_letter_queue', () => {
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
});
