import { describe, expect, it } from 'vitest';
import type { IamUser } from '../../../providers/aws/services/iam/model.js';
import { DENIED, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './iam_policy_attached_only_to_group_or_roles.check.js';

const user = (name: string, extra: Partial<IamUser> = {}): IamUser => ({
  name,
  arn: `arn:aws:iam::123456789012:user/${name}`,
  groups: ['devs'],
  tags: {},
  attachedPolicies: [],
  inlinePolicies: [],
  ...extra,
});

describe('iam_policy_attached_only_to_group_or_roles', () => {
  it('passes users that only belong to groups and fails users with their own policies', () => {
    const s = snapshot({
      details: {
        users: [
          user('grouped'),
          user('direct', {
            tags: {},
            attachedPolicies: [
              { name: 'ReadOnlyAccess', arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
            ],
            inlinePolicies: [{ name: 'extra', document: null }],
          }),
        ],
      },
    });
    expect(run(check, s)).toMatchObject([
      { status: 'PASS' },
      { status: 'FAIL', reason: 'direct has attached ReadOnlyAccess, inline extra' },
    ]);
  });

  it('reports ERROR when the authorization details are denied', () => {
    const s = snapshot();
    s.authorization = DENIED('GetAccountAuthorizationDetails');
    expect(run(check, s)[0]?.reason).toBe(
      'the authorization details could not be read: iam:GetAccountAuthorizationDetails was denied (AccessDenied)',
    );
  });
});
