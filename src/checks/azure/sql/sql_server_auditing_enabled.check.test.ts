import { describe, expect, it } from 'vitest';
import { denied, run, statuses } from '../testing.js';
import check from './sql_server_auditing_enabled.check.js';
import { server, snapshot } from './fixtures.js';

describe('sql_server_auditing_enabled', () => {
  it('passes a server auditing and fails one whose auditing is Disabled', () => {
    const on = server('sql-a');
    const off = server('sql-b', {
      auditing: {
        state: 'available',
        value: { enabled: false, retentionDays: 0, azureMonitorTarget: false },
      },
    });
    expect(statuses(check, snapshot([on, off]))).toEqual({ [on.id]: 'PASS', [off.id]: 'FAIL' });
  });

  it('is ERROR naming the call when the auditing setting could not be read', () => {
    const unread = server('sql-x', {
      auditing: denied('Microsoft.Sql/servers/auditingSettings/read'),
    });
    expect(run(check, snapshot([unread]))[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "sql-x's auditing setting could not be read (Microsoft.Sql/servers/auditingSettings/read: AuthorizationFailed)",
    });
  });
});
