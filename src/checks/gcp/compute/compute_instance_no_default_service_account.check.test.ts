import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { DEFAULT_SA, instance, snapshot } from './fixtures.js';
import check from './compute_instance_no_default_service_account.check.js';

describe('compute_instance_no_default_service_account', () => {
  it('fails the offending instance and passes the compliant one', () => {
    const bad = instance('bad', { serviceAccounts: [{ email: DEFAULT_SA, scopes: [] }] });
    const good = instance('good', {});
    const node = instance('gke-pool-1-abcd', {
      serviceAccounts: [{ email: DEFAULT_SA, scopes: [] }],
    });
    expect(statuses(check, snapshot({ instances: [bad, good, node] }))).toEqual({
      [bad.id]: 'FAIL',
      [good.id]: 'PASS',
    });
  });

  it('reports nothing for a project without instances', () => {
    expect(statuses(check, snapshot())).toEqual({});
  });
});
