import { describe, expect, it } from 'vitest';
import { snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './iam_aws_attached_policy_no_administrative_privileges.check.js';

const ADMIN = { name: 'AdministratorAccess', arn: 'arn:aws:iam::aws:policy/AdministratorAccess' };

describe('iam_aws_attached_policy_no_administrative_privileges', () => {
  it('passes when nobody holds AdministratorAccess', () => {
    expect(run(check, snapshot())).toEqual([
      {
        resource_id: ADMIN.arn,
        status: 'PASS',
        reason: 'AdministratorAccess is attached to nobody',
      },
    ]);
  });

  it('fails naming who holds it', () => {
    const s = snapshot({
      details: {
        roles: [
          {
            name: 'ops',
            arn: 'arn:aws:iam::123456789012:role/ops',
            path: '/',
            trustPolicy: null,
            tags: {},
            attachedPolicies: [ADMIN],
            inlinePolicies: [],
          },
        ],
      },
    });
    expect(run(check, s)[0]).toMatchObject({
      status: 'FAIL',
      reason: 'AdministratorAccess is attached to role ops',
    });
  });
});
