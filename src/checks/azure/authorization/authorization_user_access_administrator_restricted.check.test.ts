import { describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES } from '../../../providers/azure/services/authorization/model.js';
import { SCOPE, statuses } from '../testing.js';
import check from './authorization_user_access_administrator_restricted.check.js';
import { assignment, snapshot } from './fixtures.js';

describe('authorization_user_access_administrator_restricted', () => {
  it('fails each User Access Administrator assignment and passes without any', () => {
    const uaa = assignment('a1', BUILT_IN_ROLES.userAccessAdministrator);
    const owner = assignment('a2', BUILT_IN_ROLES.owner);
    expect(statuses(check, snapshot({ assignments: [uaa, owner] }))).toEqual({ [uaa.id]: 'FAIL' });
    expect(statuses(check, snapshot({ assignments: [owner] }))).toEqual({ [SCOPE]: 'PASS' });
  });
});
