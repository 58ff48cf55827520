import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import { all } from './fixtures.js';
import publicPolicy from './sns_topic_policy_public.check.js';

describe('sns_topic_policy_public', () => {
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
});
