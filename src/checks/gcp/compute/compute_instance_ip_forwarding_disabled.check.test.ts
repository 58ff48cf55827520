import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { instance, snapshot } from './fixtures.js';
import check from './compute_instance_ip_forwarding_disabled.check.js';

describe('compute_instance_ip_forwarding_disabled', () => {
  it('fails the offending instance and passes the compliant one', () => {
    const bad = instance('bad', { canIpForward: true });
    const good = instance('good', {});
    const node = instance('gke-pool-1-abcd', { canIpForward: true });
    expect(statuses(check, snapshot({ instances: [bad, good, node] }))).toEqual({
      [bad.id]: 'FAIL',
      [good.id]: 'PASS',
    });
  });

  it('reports nothing for a project without instances', () => {
    expect(statuses(check, snapshot())).toEqual({});
  });
});
