import { describe, expect, it } from 'vitest';
import { denied, run, statuses } from '../testing.js';
import check from './sql_server_entra_admin_configured.check.js';
import { server, snapshot } from './fixtures.js';

describe('sql_server_entra_admin_configured', () => {
  it('passes a server with a Microsoft Entra administrator and fails one without', () => {
    const admin = server('sql-a');
    const none = server('sql-b', {
      entraAdmin: { state: 'available', value: { configured: false, entraOnly: false } },
    });
    expect(statuses(check, snapshot([admin, none]))).toEqual({
      [admin.id]: 'PASS',
      [none.id]: 'FAIL',
    });
  });

  it('is ERROR naming the call when the administrators could not be read', () => {
    const unread = server('sql-x', {
      entraAdmin: denied('Microsoft.Sql/servers/administrators/read'),
    });
    expect(run(check, snapshot([unread]))[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "sql-x's Entra administrator could not be read (Microsoft.Sql/servers/administrators/read: AuthorizationFailed)",
    });
  });
});
