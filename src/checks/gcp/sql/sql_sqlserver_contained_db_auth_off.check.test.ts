import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { db, snapshot } from './fixtures.js';
import check from './sql_sqlserver_contained_db_auth_off.check.js';

describe('sql_sqlserver_contained_db_auth_off', () => {
  it('passes the expected value, fails another, judges an unset flag by the engine default', () => {
    const base = { engine: 'sqlserver' as const, databaseVersion: 'SQLSERVER_2019_STANDARD' };
    const good = db('good', { ...base, flags: { 'contained database authentication': 'off' } });
    const bad = db('bad', { ...base, flags: { 'contained database authentication': 'on' } });
    const unset = db('unset', base);
    const otherEngine = db('other', {
      engine: 'postgres',
      flags: { 'contained database authentication': 'on' },
    });
    expect(statuses(check, snapshot([good, bad, unset, otherEngine]))).toEqual({
      [good.id]: 'PASS',
      [bad.id]: 'FAIL',
      [unset.id]: 'PASS',
    });
  });
});
