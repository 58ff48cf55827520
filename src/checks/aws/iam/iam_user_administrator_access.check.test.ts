import { describe, expect, it } from 'vitest';
import { ADMIN_DOCUMENT, DENIED, iamGroup, iamUser, managedPolicy, snapshot } from './fixtures.js';
import { ACCOUNT, run, statuses } from '../testing.js';
import check from './iam_user_administrator_access.check.js';

const CUSTOM_ADMIN = `arn:aws:iam::${ACCOUNT}:policy/ops-admin`;
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const ADMINISTRATOR_ACCESS = 'arn:aws:iam::aws:policy/AdministratorAccess';
const attach = (arn: string) => ({ name: arn.slice(arn.lastIndexOf('/') + 1), arn });

describe('iam_user_administrator_access', () => {
  it('flags the three ways a user becomes admin: directly, through a group, through a customer policy', () => {
    const s = snapshot({
      details: {
        users: [
          iamUser('direct', {
            inlinePolicies: [{ name: 'break-glass', document: ADMIN_DOCUMENT }],
          }),
          iamUser('grouped', { groups: ['Admins'] }),
          iamUser('custom', { attachedPolicies: [attach(CUSTOM_ADMIN)] }),
          iamUser('reader', { groups: ['Readers'], attachedPolicies: [attach(READ_ONLY)] }),
        ],
        groups: [
          iamGroup('Admins', { attachedPolicies: [attach(ADMINISTRATOR_ACCESS)] }),
          iamGroup('Readers', { attachedPolicies: [attach(READ_ONLY)] }),
        ],
        policies: [managedPolicy(CUSTOM_ADMIN, ADMIN_DOCUMENT)],
        awsManagedPolicies: [
          managedPolicy(ADMINISTRATOR_ACCESS, ADMIN_DOCUMENT),
          managedPolicy(READ_ONLY, {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*'], Resource: '*' }],
          }),
        ],
      },
    });
    expect(run(check, s)).toMatchObject([
      {
        status: 'FAIL',
        reason: 'direct has full administrative rights through inline break-glass',
      },
      {
        status: 'FAIL',
        reason:
          'grouped has full administrative rights through group Admins: attached AdministratorAccess',
      },
      {
        status: 'FAIL',
        reason: 'custom has full administrative rights through attached ops-admin',
      },
      { status: 'PASS', reason: 'reader has no full administrative rights' },
    ]);
  });

  it('knows AdministratorAccess even when its document is not listed, and is ERROR for other unlisted policies', () => {
    const s = snapshot({
      details: {
        users: [
          iamUser('admin', { attachedPolicies: [attach(ADMINISTRATOR_ACCESS)] }),
          iamUser('unknown', {
            attachedPolicies: [attach('arn:aws:iam::aws:policy/PowerUserAccess')],
          }),
          iamUser('orphan', { groups: ['Gone'] }),
        ],
      },
    });
    expect(run(check, s)).toMatchObject([
      { status: 'FAIL' },
      {
        status: 'ERROR',
        reason:
          "unknown's rights are unknown: iam:GetAccountAuthorizationDetails returned no document for attached PowerUserAccess",
      },
      { status: 'ERROR', reason: expect.stringContaining('group Gone') },
    ]);
  });

  it('reads a NotAction policy and a Deny of IAM across the user’s policies', () => {
    const s = snapshot({
      details: {
        users: [
          iamUser('not-action', {
            inlinePolicies: [
              {
                name: 'all-but-billing',
                document: {
                  Statement: [{ Effect: 'Allow', NotAction: 'aws-portal:*', Resource: '*' }],
                },
              },
            ],
          }),
          iamUser('fenced', {
            groups: ['Fence'],
            inlinePolicies: [{ name: 'all', document: ADMIN_DOCUMENT }],
          }),
        ],
        groups: [
          iamGroup('Fence', {
            inlinePolicies: [
              {
                name: 'no-iam',
                document: { Statement: [{ Effect: 'Deny', Action: 'iam:*', Resource: '*' }] },
              },
            ],
          }),
        ],
      },
    });
    expect(statuses(check, s)).toEqual({
      [`arn:aws:iam::${ACCOUNT}:user/not-action`]: 'FAIL',
      [`arn:aws:iam::${ACCOUNT}:user/fenced`]: 'PASS',
    });
  });

  it('is ERROR naming the call when the authorization details were denied', () => {
    const s = { ...snapshot(), authorization: DENIED('GetAccountAuthorizationDetails') };
    expect(run(check, s)).toMatchObject([
      {
        status: 'ERROR',
        reason:
          'the authorization details could not be read: iam:GetAccountAuthorizationDetails was denied (AccessDenied)',
      },
    ]);
  });
});
