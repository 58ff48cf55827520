import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { db, snapshot } from './fixtures.js';
import check from './sql_instance_no_public_ip.check.js';

describe('sql_instance_no_public_ip', () => {
  it('fails the offending instance and passes the compliant one', () => {
    const bad = db('bad', { publicIpEnabled: true, publicIpAddresses: ['35.241.1.2'] });
    const good = db('good', {});
    expect(statuses(check, snapshot([bad, good]))).toEqual({
      [bad.id]: 'FAIL',
      [good.id]: 'PASS',
    });
  });
});
