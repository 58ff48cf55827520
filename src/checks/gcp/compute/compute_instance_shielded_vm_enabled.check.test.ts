import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { instance, snapshot } from './fixtures.js';
import check from './compute_instance_shielded_vm_enabled.check.js';

describe('compute_instance_shielded_vm_enabled', () => {
  it('fails the offending instance and passes the compliant one', () => {
    const bad = instance('bad', {
      shieldedVm: { secureBoot: false, vtpm: true, integrityMonitoring: true },
    });
    const good = instance('good', {});
    expect(statuses(check, snapshot({ instances: [bad, good] }))).toEqual({
      [bad.id]: 'FAIL',
      [good.id]: 'PASS',
    });
  });

  it('reports nothing for a project without instances', () => {
    expect(statuses(check, snapshot())).toEqual({});
  });
});
