import { describe, expect, it } from 'vitest';
import { context, run } from '../testing.js';
import check from './iam_resource_required_tags.check.js';
import { DENIED, iamRole, iamUser, snapshot } from './fixtures.js';

const ctx = context({ options: { check_config: { required_tags: { team: [] } } } });

describe('iam_resource_required_tags', () => {
  it('judges users and roles, leaving service-linked roles to AWS', () => {
    const s = snapshot({
      details: {
        users: [iamUser('alice', { tags: { team: 'platform' } }), iamUser('bob')],
        roles: [
          iamRole('deployer'),
          iamRole('AWSServiceRoleForSupport', { path: '/aws-service-role/support.amazonaws.com/' }),
        ],
      },
    });
    expect(run(check, s, ctx).map((r) => [r.status, r.reason])).toEqual([
      ['PASS', 'user alice carries the required tags'],
      ['FAIL', 'user bob: missing team'],
      ['FAIL', 'role deployer: missing team'],
    ]);
  });

  it('is ERROR when the authorization details were denied, and silent when no tag is required', () => {
    const denied = { ...snapshot(), authorization: DENIED('GetAccountAuthorizationDetails') };
    expect(run(check, denied, ctx)[0]?.status).toBe('ERROR');
    expect(run(check, denied)).toEqual([]);
  });
});
