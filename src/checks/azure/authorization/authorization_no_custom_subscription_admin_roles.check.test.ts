import { describe, expect, it } from 'vitest';
import { SCOPE, statuses } from '../testing.js';
import check from './authorization_no_custom_subscription_admin_roles.check.js';
import { customRole, snapshot } from './fixtures.js';

describe('authorization_no_custom_subscription_admin_roles', () => {
  it('fails each all-powerful custom role and passes the subscription otherwise', () => {
    const admin = customRole('platform-admin', { actions: ['*'] });
    const narrow = customRole('vm-reader');
    const scoped = customRole('rg-admin', {
      actions: ['*'],
      assignableScopes: [`${SCOPE}/resourceGroups/rg`],
    });
    expect(statuses(check, snapshot({ customRoles: [admin, narrow, scoped] }))).toEqual({
      [admin.id]: 'FAIL',
    });
    expect(statuses(check, snapshot({ customRoles: [narrow] }))).toEqual({ [SCOPE]: 'PASS' });
  });
});
