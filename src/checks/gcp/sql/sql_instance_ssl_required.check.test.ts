import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { db, snapshot } from './fixtures.js';
import check from './sql_instance_ssl_required.check.js';

describe('sql_instance_ssl_required', () => {
  it('fails the offending instance and passes the compliant one', () => {
    const bad = db('bad', { sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED' });
    const good = db('good', {});
    expect(statuses(check, snapshot([bad, good]))).toEqual({
      [bad.id]: 'FAIL',
      [good.id]: 'PASS',
    });
  });
});
