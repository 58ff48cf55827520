import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hidden, ruled, sloppy, snapshot, sound } from './fixtures.js';
import lifecycle from './ecr_repositories_lifecycle_policy_enabled.check.js';

describe('ecr_repositories_lifecycle_policy_enabled', () => {
  it('ecr_repositories_lifecycle_policy_enabled: fails a repository without policy, ERROR when unread', () => {
    expect(statuses(lifecycle, all)).toEqual({
      [sound.arn]: 'PASS',
      [ruled.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'ERROR',
    });
    expect(run(lifecycle, snapshot([hidden]))[0]?.reason).toBe(
      'the lifecycle policy of repository hidden could not be read: ecr:GetLifecyclePolicy was denied (AccessDeniedException) — not authorized to perform this action',
    );
  });
});
