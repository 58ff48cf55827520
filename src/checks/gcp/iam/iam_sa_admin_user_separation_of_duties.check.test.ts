import { describe, expect, it } from 'vitest';
import { PROJECT_ID, statuses } from '../testing.js';
import { snapshot } from './fixtures.js';
import check from './iam_sa_admin_user_separation_of_duties.check.js';

describe('iam_sa_admin_user_separation_of_duties', () => {
  it('fails when one member holds both roles, passes when they are split', () => {
    const both = {
      bindings: [
        { role: 'roles/iam.serviceAccountAdmin', members: ['user:bob@acme.example'] },
        { role: 'roles/iam.serviceAccountUser', members: ['user:bob@acme.example'] },
      ],
    };
    const split = {
      bindings: [
        { role: 'roles/iam.serviceAccountAdmin', members: ['user:bob@acme.example'] },
        { role: 'roles/iam.serviceAccountUser', members: ['user:ann@acme.example'] },
      ],
    };
    expect(statuses(check, snapshot([], both))).toEqual({ [PROJECT_ID]: 'FAIL' });
    expect(statuses(check, snapshot([], split))).toEqual({ [PROJECT_ID]: 'PASS' });
  });
});
