import { describe, expect, it } from 'vitest';
import type { SqlAuditing } from '../../../providers/azure/services/sql/model.js';
import { denied, run, statuses } from '../testing.js';
import check from './sql_server_auditing_retention_90_days.check.js';
import { server, snapshot } from './fixtures.js';

const auditing = (value: SqlAuditing) => ({ auditing: { state: 'available' as const, value } });

describe('sql_server_auditing_retention_90_days', () => {
  it('passes retention over 90 days or unlimited (0), fails 90 days or less and no auditing', () => {
    const long = server('sql-long');
    const forever = server(
      'sql-forever',
      auditing({ enabled: true, retentionDays: 0, azureMonitorTarget: true }),
    );
    const short = server(
      'sql-short',
      auditing({ enabled: true, retentionDays: 90, azureMonitorTarget: false }),
    );
    const off = server(
      'sql-off',
      auditing({ enabled: false, retentionDays: 365, azureMonitorTarget: false }),
    );
    expect(statuses(check, snapshot([long, forever, short, off]))).toEqual({
      [long.id]: 'PASS',
      [forever.id]: 'PASS',
      [short.id]: 'FAIL',
      [off.id]: 'FAIL',
    });
    expect(run(check, snapshot([short]))[0]?.reason).toBe('sql-short: audit retention 90 days');
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
