import { describe, expect, it } from 'vitest';
import { PROJECT_ID, run, statuses } from '../testing.js';
import { snapshot } from './fixtures.js';
import check from './iam_no_project_level_service_account_user.check.js';

describe('iam_no_project_level_service_account_user', () => {
  it('fails a project granting Service Account User, naming the member', () => {
    const policy = {
      bindings: [{ role: 'roles/iam.serviceAccountUser', members: ['group:devs@acme.example'] }],
    };
    expect(run(check, snapshot([], policy))).toEqual([
      {
        resource_id: PROJECT_ID,
        status: 'FAIL',
        reason: 'acme-prod grants at project level: group:devs@acme.example (serviceAccountUser)',
      },
    ]);
  });

  it('passes a project without such grants', () => {
    const policy = { bindings: [{ role: 'roles/viewer', members: ['group:devs@acme.example'] }] };
    expect(statuses(check, snapshot([], policy))).toEqual({ [PROJECT_ID]: 'PASS' });
  });
});
