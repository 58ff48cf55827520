import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { db, snapshot } from './fixtures.js';
import check from './sql_mysql_skip_show_database_on.check.js';

describe('sql_mysql_skip_show_database_on', () => {
  it('passes the expected value, fails another, judges an unset flag by the engine default', () => {
    const base = { engine: 'mysql' as const, databaseVersion: 'MYSQL_8_0' };
    const good = db('good', { ...base, flags: { skip_show_database: 'on' } });
    const bad = db('bad', { ...base, flags: { skip_show_database: 'off' } });
    const unset = db('unset', base);
    const otherEngine = db('other', { engine: 'postgres', flags: { skip_show_database: 'off' } });
    expect(statuses(check, snapshot([good, bad, unset, otherEngine]))).toEqual({
      [good.id]: 'PASS',
      [bad.id]: 'FAIL',
      [unset.id]: 'FAIL',
    });
  });
});
