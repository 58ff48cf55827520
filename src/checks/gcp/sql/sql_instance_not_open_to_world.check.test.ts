import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { db, snapshot } from './fixtures.js';
import check from './sql_instance_not_open_to_world.check.js';

describe('sql_instance_not_open_to_world', () => {
  it('fails the offending instance and passes the compliant one', () => {
    const bad = db('bad', { publicIpEnabled: true, authorizedNetworks: ['0.0.0.0/0'] });
    const good = db('good', { publicIpEnabled: true, authorizedNetworks: ['203.0.113.0/24'] });
    expect(statuses(check, snapshot([bad, good]))).toEqual({
      [bad.id]: 'FAIL',
      [good.id]: 'PASS',
    });
  });
});
