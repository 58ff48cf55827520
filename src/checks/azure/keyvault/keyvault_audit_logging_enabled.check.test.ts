import { describe, expect, it } from 'vitest';
import { denied, run, statuses } from '../testing.js';
import check from './keyvault_audit_logging_enabled.check.js';
import { snapshot, vault } from './fixtures.js';

describe('keyvault_audit_logging_enabled', () => {
  it('passes a vault logging AuditEvent or the audit group, fails one logging nothing', () => {
    const category = vault('kv-cat');
    const group = vault('kv-group', {
      diagnosticSettings: {
        state: 'available',
        value: [
          { id: 'd', name: 'all', enabledCategories: [], enabledCategoryGroups: ['allLogs'] },
        ],
      },
    });
    const none = vault('kv-none', { diagnosticSettings: { state: 'available', value: [] } });
    expect(statuses(check, snapshot([category, group, none]))).toEqual({
      [category.id]: 'PASS',
      [group.id]: 'PASS',
      [none.id]: 'FAIL',
    });
  });

  it('is ERROR naming the call when the settings could not be read', () => {
    const unread = vault('kv-x', {
      diagnosticSettings: denied('Microsoft.Insights/diagnosticSettings/read'),
    });
    expect(run(check, snapshot([unread]))[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "kv-x's diagnostic settings could not be read (Microsoft.Insights/diagnosticSettings/read: AuthorizationFailed)",
    });
  });
});
