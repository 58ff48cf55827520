import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { db, snapshot } from './fixtures.js';
import check from './sql_sqlserver_cross_db_ownership_chaining_off.check.js';

describe('sql_sqlserver_cross_db_ownership_chaining_off', () => {
  it('passes the expected value, fails another, judges an unset flag by the engine default', () => {
    const base = { engine: 'sqlserver' as const, databaseVersion: 'SQLSERVER_2019_STANDARD' };
    const good = db('good', { ...base, flags: { 'cross db ownership chaining': 'off' } });
    const bad = db('bad', { ...base, flags: { 'cross db ownership chaining': 'on' } });
    const unset = db('unset', base);
    const otherEngine = db('other', {
      engine: 'postgres',
      flags: { 'cross db ownership chaining': 'on' },
    });
    expect(statuses(check, snapshot([good, bad, unset, otherEngine]))).toEqual({
      [good.id]: 'PASS',
      [bad.id]: 'FAIL',
      [unset.id]: 'PASS',
    });
  });
});
