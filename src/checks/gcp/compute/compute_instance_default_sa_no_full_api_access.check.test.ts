import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { DEFAULT_SA, instance, snapshot } from './fixtures.js';
import check from './compute_instance_default_sa_no_full_api_access.check.js';

describe('compute_instance_default_sa_no_full_api_access', () => {
  it('fails the offending instance and passes the compliant one', () => {
    const bad = instance('bad', {
      serviceAccounts: [
        { email: DEFAULT_SA, scopes: ['https://www.googleapis.com/auth/cloud-platform'] },
      ],
    });
    const good = instance('good', {
      serviceAccounts: [
        { email: DEFAULT_SA, scopes: ['https://www.googleapis.com/auth/devstorage.read_only'] },
      ],
    });
    expect(statuses(check, snapshot({ instances: [bad, good] }))).toEqual({
      [bad.id]: 'FAIL',
      [good.id]: 'PASS',
    });
  });

  it('reports nothing for a project without instances', () => {
    expect(statuses(check, snapshot())).toEqual({});
  });
});
