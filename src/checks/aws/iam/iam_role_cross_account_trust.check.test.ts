import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../core/index.js';
import type { IamSnapshot } from '../../../providers/aws/services/iam/model.js';
import { DENIED, iamRole, snapshot } from './fixtures.js';
import { context, run, statuses } from '../testing.js';
import check from './iam_role_cross_account_trust.check.js';

const trust = (statement: JsonValue): JsonValue => ({
  Version: '2012-10-17',
  Statement: [statement],
});
const arnOf = (name: string) => `arn:aws:iam::123456789012:role/${name}`;

const ROLES = [
  // The IAM User Guide's third-party access example, with its ExternalId.
  iamRole('vendor', {
    trustPolicy: trust({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::444455556666:root' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'Unique ID Assigned by Example Corp' } },
    }),
  }),
  iamRole('anyone', {
    trustPolicy: trust({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }),
  }),
  iamRole('org-only', {
    trustPolicy: trust({
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
    }),
  }),
  iamRole('same-account', {
    trustPolicy: trust({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::123456789012:role/ci' },
      Action: 'sts:AssumeRole',
    }),
  }),
  iamRole('ec2'),
];

describe('iam_role_cross_account_trust', () => {
  it('fails roles any account or an untrusted account may assume', () => {
    const results = run(check, snapshot({ details: { roles: ROLES } }));
    expect(results).toMatchObject([
      { status: 'FAIL', reason: 'vendor may be assumed from untrusted account(s) 444455556666' },
      {
        status: 'FAIL',
        reason:
          'anyone may be assumed by any AWS account (principal "*" without a condition pinning who)',
      },
      { status: 'PASS' },
      { status: 'PASS' },
      { status: 'PASS' },
    ]);
  });

  it('trusts the accounts of check_config.trusted_account_ids', () => {
    const ctx = context({ options: { check_config: { trusted_account_ids: ['444455556666'] } } });
    expect(statuses(check, snapshot({ details: { roles: ROLES } }), ctx)[arnOf('vendor')]).toBe(
      'PASS',
    );
  });

  it("trusts the organization's accounts when the scan could list them", () => {
    const organization = (accounts: boolean): IamSnapshot['organization'] => ({
      state: 'available',
      value: {
        id: 'o-a1b2c3d4e5',
        managementAccountId: '111111111111',
        accounts: accounts
          ? { state: 'available', value: ['111111111111', '123456789012', '444455556666'] }
          : { state: 'denied', call: 'ListAccounts', errorCode: 'AccessDeniedException' },
      },
    });
    const listed = { ...snapshot({ details: { roles: ROLES } }), organization: organization(true) };
    expect(statuses(check, listed)[arnOf('vendor')]).toBe('PASS');
    const member = {
      ...snapshot({ details: { roles: ROLES } }),
      organization: organization(false),
    };
    expect(statuses(check, member)[arnOf('vendor')]).toBe('FAIL');
  });

  it('is ERROR for an unreadable trust policy or denied authorization details', () => {
    const s = snapshot({ details: { roles: [iamRole('broken', { trustPolicy: null })] } });
    expect(run(check, s)[0]?.status).toBe('ERROR');
    const denied = { ...snapshot(), authorization: DENIED('GetAccountAuthorizationDetails') };
    expect(run(check, denied)[0]?.status).toBe('ERROR');
  });
});
