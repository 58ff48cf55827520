import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { db, snapshot } from './fixtures.js';
import check from './sql_postgres_log_disconnections_on.check.js';

describe('sql_postgres_log_disconnections_on', () => {
  it('passes the expected value, fails another, judges an unset flag by the engine default', () => {
    const base = { engine: 'postgres' as const, databaseVersion: 'POSTGRES_15' };
    const good = db('good', { ...base, flags: { log_disconnections: 'on' } });
    const bad = db('bad', { ...base, flags: { log_disconnections: 'off' } });
    const unset = db('unset', base);
    const otherEngine = db('other', { engine: 'mysql', flags: { log_disconnections: 'off' } });
    expect(statuses(check, snapshot([good, bad, unset, otherEngine]))).toEqual({
      [good.id]: 'PASS',
      [bad.id]: 'FAIL',
      [unset.id]: 'FAIL',
    });
  });
});
