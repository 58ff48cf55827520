import { describe, expect, it } from 'vitest';
import { snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './iam_support_role_created.check.js';

const role = (name: string, policies: string[]) => ({
  name,
  arn: `arn:aws:iam::123456789012:role/${name}`,
  path: '/',
  trustPolicy: null,
  tags: {},
  attachedPolicies: policies.map((p) => ({ name: p, arn: `arn:aws:iam::aws:policy/${p}` })),
  inlinePolicies: [],
});

describe('iam_support_role_created', () => {
  it('passes when a role holds AWSSupportAccess', () => {
    const s = snapshot({ details: { roles: [role('support', ['AWSSupportAccess'])] } });
    expect(run(check, s)[0]).toMatchObject({
      status: 'PASS',
      reason: 'AWSSupportAccess is attached to role support',
    });
  });

  it('fails when no role does', () => {
    const s = snapshot({ details: { roles: [role('app', ['ReadOnlyAccess'])] } });
    expect(run(check, s)[0]?.status).toBe('FAIL');
  });
});
