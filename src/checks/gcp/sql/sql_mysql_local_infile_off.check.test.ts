import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { db, snapshot } from './fixtures.js';
import check from './sql_mysql_local_infile_off.check.js';

describe('sql_mysql_local_infile_off', () => {
  it('passes the expected value, fails another, judges an unset flag by the engine default', () => {
    const base = { engine: 'mysql' as const, databaseVersion: 'MYSQL_8_0' };
    const good = db('good', { ...base, flags: { local_infile: 'off' } });
    const bad = db('bad', { ...base, flags: { local_infile: 'on' } });
    const unset = db('unset', base);
    const otherEngine = db('other', { engine: 'postgres', flags: { local_infile: 'on' } });
    expect(statuses(check, snapshot([good, bad, unset, otherEngine]))).toEqual({
      [good.id]: 'PASS',
      [bad.id]: 'FAIL',
      [unset.id]: 'FAIL',
    });
  });
});
