import { describe, expect, it } from 'vitest';
import { ADMIN_DOCUMENT, DENIED, iamRole, managedPolicy, snapshot } from './fixtures.js';
import { ACCOUNT, run } from '../testing.js';
import check from './iam_role_administrator_access.check.js';

const CUSTOM_ADMIN = `arn:aws:iam::${ACCOUNT}:policy/deploy-everything`;

describe('iam_role_administrator_access', () => {
  it('fails roles carrying an admin policy and passes the others, leaving service-linked roles out', () => {
    const s = snapshot({
      details: {
        roles: [
          iamRole('deployer', {
            attachedPolicies: [{ name: 'deploy-everything', arn: CUSTOM_ADMIN }],
          }),
          iamRole('web', {
            inlinePolicies: [
              {
                name: 'logs',
                document: { Statement: [{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }] },
              },
            ],
          }),
          iamRole('AWSServiceRoleForSupport', {
            path: '/aws-service-role/support.amazonaws.com/',
            attachedPolicies: [
              {
                name: 'AWSSupportServiceRolePolicy',
                arn: 'arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy',
              },
            ],
          }),
        ],
        policies: [managedPolicy(CUSTOM_ADMIN, ADMIN_DOCUMENT)],
      },
    });
    expect(run(check, s)).toMatchObject([
      {
        resource_id: `arn:aws:iam::${ACCOUNT}:role/deployer`,
        status: 'FAIL',
        reason: 'deployer has full administrative rights through attached deploy-everything',
      },
      { resource_id: `arn:aws:iam::${ACCOUNT}:role/web`, status: 'PASS' },
    ]);
  });

  it('is ERROR when the authorization details were denied', () => {
    const s = { ...snapshot(), authorization: DENIED('GetAccountAuthorizationDetails') };
    expect(run(check, s)[0]?.status).toBe('ERROR');
  });
});
