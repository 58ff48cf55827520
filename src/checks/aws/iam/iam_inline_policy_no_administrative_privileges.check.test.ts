import { describe, expect, it } from 'vitest';
import { snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './iam_inline_policy_no_administrative_privileges.check.js';

const doc = (action: string) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
});

describe('iam_inline_policy_no_administrative_privileges', () => {
  it('passes scoped inline policies and fails "*:*" ones', () => {
    const s = snapshot({
      details: {
        groups: [
          {
            name: 'readers',
            arn: 'arn:aws:iam::123456789012:group/readers',
            attachedPolicies: [],
            inlinePolicies: [{ name: 'read', document: doc('s3:Get*') }],
          },
          {
            name: 'admins',
            arn: 'arn:aws:iam::123456789012:group/admins',
            attachedPolicies: [],
            inlinePolicies: [{ name: 'all', document: doc('*:*') }],
          },
          {
            name: 'empty',
            arn: 'arn:aws:iam::123456789012:group/empty',
            attachedPolicies: [],
            inlinePolicies: [],
          },
        ],
      },
    });
    expect(run(check, s)).toMatchObject([
      { status: 'PASS' },
      { status: 'FAIL', reason: 'admins: inline all give full administrative rights' },
    ]);
  });
});
