import { describe, expect, it } from 'vitest';
import { denied, run, statuses } from '../testing.js';
import check from './sql_database_tde_enabled.check.js';
import { database, server, snapshot } from './fixtures.js';

describe('sql_database_tde_enabled', () => {
  const srv = server('sql-orders');

  it('passes a database with TDE Enabled and fails one with it Disabled', () => {
    const on = database('orders', srv);
    const off = database('legacy', srv, { tde: { state: 'available', value: { enabled: false } } });
    expect(statuses(check, snapshot([srv], [on, off]))).toEqual({
      [on.id]: 'PASS',
      [off.id]: 'FAIL',
    });
  });

  it('is ERROR naming the call when the TDE state could not be read', () => {
    const unread = database('orders', srv, {
      tde: denied('Microsoft.Sql/servers/databases/transparentDataEncryption/read'),
    });
    expect(run(check, snapshot([srv], [unread]))[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "sql-orders/orders's TDE state could not be read (Microsoft.Sql/servers/databases/transparentDataEncryption/read: AuthorizationFailed)",
    });
  });
});
