import { describe, expect, it } from 'vitest';
import { denied, PROJECT_ID, run, statuses } from '../testing.js';
import { instance, snapshot } from './fixtures.js';
import check from './compute_project_os_login_enabled.check.js';

describe('compute_project_os_login_enabled', () => {
  it('passes a project with OS Login and fails an instance that turns it off', () => {
    const off = instance('off', { metadata: { osLogin: false } });
    const result = statuses(
      check,
      snapshot({
        projectMetadata: { state: 'available', value: { osLogin: true, sshKeyCount: 0 } },
        instances: [off, instance('inherits')],
      }),
    );
    expect(result).toEqual({ [PROJECT_ID]: 'PASS', [off.id]: 'FAIL' });
  });

  it('fails a project whose metadata does not enable OS Login', () => {
    expect(statuses(check, snapshot())).toEqual({ [PROJECT_ID]: 'FAIL' });
  });

  it('is an ERROR naming the call when the project metadata was not read', () => {
    expect(run(check, snapshot({ projectMetadata: denied('compute.projects.get') }))).toEqual([
      {
        resource_id: PROJECT_ID,
        status: 'ERROR',
        reason: 'The project metadata could not be read (compute.projects.get: PERMISSION_DENIED)',
      },
    ]);
  });
});
