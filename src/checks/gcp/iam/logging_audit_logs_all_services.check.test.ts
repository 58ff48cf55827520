import { describe, expect, it } from 'vitest';
import { PROJECT_ID, run } from '../testing.js';
import { snapshot } from './fixtures.js';
import check from './logging_audit_logs_all_services.check.js';

const config = (logTypes: Record<string, string[]>) => ({
  auditConfigs: [{ service: 'allServices', logTypes }],
});

describe('logging_audit_logs_all_services', () => {
  it('passes every log type without exemptions', () => {
    const full = config({ ADMIN_READ: [], DATA_READ: [], DATA_WRITE: [] });
    expect(run(check, snapshot([], full))[0]?.status).toBe('PASS');
  });

  it('fails a missing log type, an exemption, or no audit config at all', () => {
    expect(run(check, snapshot([], config({ ADMIN_READ: [], DATA_WRITE: [] })))).toEqual([
      { resource_id: PROJECT_ID, status: 'FAIL', reason: 'allServices audit logs lack DATA_READ' },
    ]);
    const exempt = config({ ADMIN_READ: [], DATA_READ: ['user:ci@acme.example'], DATA_WRITE: [] });
    expect(run(check, snapshot([], exempt))[0]?.reason).toBe(
      'audit logs exempt user:ci@acme.example',
    );
    expect(run(check, snapshot([]))[0]?.status).toBe('FAIL');
  });
});
