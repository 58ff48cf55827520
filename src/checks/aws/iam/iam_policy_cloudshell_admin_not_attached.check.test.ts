import { describe, expect, it } from 'vitest';
import { snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './iam_policy_cloudshell_admin_not_attached.check.js';

const CLOUDSHELL = {
  name: 'AWSCloudShellFullAccess',
  arn: 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
};

describe('iam_policy_cloudshell_admin_not_attached', () => {
  it('passes when nobody holds AWSCloudShellFullAccess', () => {
    expect(run(check, snapshot())[0]?.status).toBe('PASS');
  });

  it('fails naming the user who holds it', () => {
    const s = snapshot({
      details: {
        users: [
          {
            name: 'dev',
            arn: 'arn:aws:iam::123456789012:user/dev',
            groups: [],
            tags: {},
            attachedPolicies: [CLOUDSHELL],
            inlinePolicies: [],
          },
        ],
      },
    });
    expect(run(check, s)[0]).toMatchObject({
      resource_id: CLOUDSHELL.arn,
      status: 'FAIL',
      reason: 'AWSCloudShellFullAccess is attached to user dev',
    });
  });
});
