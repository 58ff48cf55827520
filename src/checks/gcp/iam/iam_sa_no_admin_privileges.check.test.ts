import { describe, expect, it } from 'vitest';
import { denied, PROJECT_ID, run, statuses } from '../testing.js';
import { account, snapshot } from './fixtures.js';
import check from './iam_sa_no_admin_privileges.check.js';

describe('iam_sa_no_admin_privileges', () => {
  it('fails an account holding Owner or an *Admin role, passes a viewer', () => {
    const deployer = account('deployer');
    const backup = account('backup');
    const reporter = account('reporter');
    const policy = {
      bindings: [
        { role: 'roles/owner', members: [`serviceAccount:${deployer.email}`] },
        { role: 'roles/storage.admin', members: [`serviceAccount:${backup.email}`] },
        { role: 'roles/viewer', members: [`serviceAccount:${reporter.email}`] },
      ],
    };
    expect(statuses(check, snapshot([deployer, backup, reporter], policy))).toEqual({
      [deployer.id]: 'FAIL',
      [backup.id]: 'FAIL',
      [reporter.id]: 'PASS',
    });
    expect(run(check, snapshot([backup], policy))[0]?.reason).toBe(
      `${backup.email} holds roles/storage.admin`,
    );
  });

  it('is one ERROR on the project when its policy was not read', () => {
    expect(
      run(check, snapshot([account('a')], denied('cloudresourcemanager.projects.getIamPolicy'))),
    ).toEqual([
      {
        resource_id: PROJECT_ID,
        status: 'ERROR',
        reason:
          'The IAM policy of acme-prod could not be read (cloudresourcemanager.projects.getIamPolicy: PERMISSION_DENIED)',
      },
    ]);
  });
});
