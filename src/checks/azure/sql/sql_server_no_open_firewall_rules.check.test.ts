import { describe, expect, it } from 'vitest';
import { denied, run, statuses } from '../testing.js';
import check from './sql_server_no_open_firewall_rules.check.js';
import { rule, server, snapshot } from './fixtures.js';

const rules = (...value: ReturnType<typeof rule>[]) => ({
  publicNetworkAccess: 'Enabled',
  firewallRules: { state: 'available' as const, value },
});

describe('sql_server_no_open_firewall_rules', () => {
  it('fails rules open to the Internet, to every Azure address or wider than a /8', () => {
    const office = server('sql-office', rules(rule('office', '203.0.113.10')));
    const internet = server('sql-internet', rules(rule('any', '0.0.0.0', '255.255.255.255')));
    const azure = server('sql-azure', rules(rule('AllowAllWindowsAzureIps', '0.0.0.0')));
    const wide = server('sql-wide', rules(rule('half', '1.0.0.0', '126.255.255.255')));
    expect(statuses(check, snapshot([office, internet, azure, wide]))).toEqual({
      [office.id]: 'PASS',
      [internet.id]: 'FAIL',
      [azure.id]: 'FAIL',
      [wide.id]: 'FAIL',
    });
    expect(run(check, snapshot([azure]))[0]?.reason).toContain('AllowAllWindowsAzureIps');
  });

  it('passes a server whose public network access is Disabled without reading its rules', () => {
    const closed = server('sql-closed', {
      firewallRules: denied('Microsoft.Sql/servers/firewallRules/read'),
    });
    expect(statuses(check, snapshot([closed]))).toEqual({ [closed.id]: 'PASS' });
  });

  it('is ERROR naming the call when the rules of a public server could not be read', () => {
    const unread = server('sql-x', {
      publicNetworkAccess: 'Enabled',
      firewallRules: denied('Microsoft.Sql/servers/firewallRules/read'),
    });
    expect(run(check, snapshot([unread]))[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "sql-x's firewall rules could not be read (Microsoft.Sql/servers/firewallRules/read: AuthorizationFailed)",
    });
  });
});
