import { describe, expect, it } from 'vitest';
import { denied, run, statuses } from '../testing.js';
import check from './sql_server_tde_protector_cmk.check.js';
import { server, snapshot } from './fixtures.js';

describe('sql_server_tde_protector_cmk', () => {
  it('passes a Key Vault key protector and fails a service-managed one', () => {
    const cmk = server('sql-cmk');
    const managed = server('sql-managed', {
      encryptionProtector: {
        state: 'available',
        value: { serverKeyType: 'ServiceManaged', autoRotation: false },
      },
    });
    expect(statuses(check, snapshot([cmk, managed]))).toEqual({
      [cmk.id]: 'PASS',
      [managed.id]: 'FAIL',
    });
  });

  it('is ERROR naming the call when the protector could not be read', () => {
    const unread = server('sql-x', {
      encryptionProtector: denied('Microsoft.Sql/servers/encryptionProtector/read'),
    });
    expect(run(check, snapshot([unread]))[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "sql-x's TDE protector could not be read (Microsoft.Sql/servers/encryptionProtector/read: AuthorizationFailed)",
    });
  });
});
