import { describe, expect, it } from 'vitest';
import type { ManagedPolicy } from '../../../providers/aws/services/iam/model.js';
import { snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './iam_customer_attached_policy_no_administrative_privileges.check.js';

const policy = (name: string, actions: string | string[], attachmentCount = 1): ManagedPolicy => ({
  name,
  arn: `arn:aws:iam::123456789012:policy/${name}`,
  attachmentCount,
  document: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
  },
});

describe('iam_customer_attached_policy_no_administrative_privileges', () => {
  it('passes scoped policies, fails attached "*:*" ones and skips unattached ones', () => {
    const s = snapshot({
      details: {
        policies: [
          policy('scoped', ['s3:GetObject']),
          policy('god', '*', 2),
          policy('unused-god', '*', 0),
        ],
      },
    });
    expect(run(check, s)).toMatchObject([
      { resource_id: 'arn:aws:iam::123456789012:policy/scoped', status: 'PASS' },
      {
        resource_id: 'arn:aws:iam::123456789012:policy/god',
        status: 'FAIL',
        reason: 'god gives full administrative rights and is attached 2 time(s)',
      },
    ]);
  });
});
