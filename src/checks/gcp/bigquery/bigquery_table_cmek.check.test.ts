import { describe, expect, it } from 'vitest';
import { denied, PROJECT_ID, run, statuses } from '../testing.js';
import { KEY, snapshot, table } from './fixtures.js';
import check from './bigquery_table_cmek.check.js';

describe('bigquery_table_cmek', () => {
  it('passes a table encrypted with a KMS key and fails one on Google-managed keys', () => {
    const events = table('analytics', 'events');
    const census = table('public_data', 'census', { kmsKeyName: undefined });
    const tables = { state: 'available' as const, value: [events, census] };
    expect(run(check, snapshot([], tables))).toEqual([
      {
        resource_id: events.id,
        status: 'PASS',
        reason: `analytics.events is encrypted with ${KEY}`,
      },
      {
        resource_id: census.id,
        status: 'FAIL',
        reason: 'public_data.census is encrypted with a Google-managed key',
      },
    ]);
  });

  it('leaves out views and external tables, which store no data of their own', () => {
    const view = table('staging', 'recent', { type: 'VIEW', kmsKeyName: undefined });
    const external = table('staging', 'files', { type: 'EXTERNAL', kmsKeyName: undefined });
    const tables = { state: 'available' as const, value: [view, external] };
    expect(statuses(check, snapshot([], tables))).toEqual({});
  });

  it('is an ERROR on the project naming the call when the tables were not listed', () => {
    const results = run(check, snapshot([], denied('cloudasset.assets.list')));
    expect(results).toMatchObject([{ resource_id: PROJECT_ID, status: 'ERROR' }]);
    expect(results[0]?.reason).toContain('cloudasset.assets.list: PERMISSION_DENIED');
  });
});
