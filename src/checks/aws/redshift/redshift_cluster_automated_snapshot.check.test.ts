import { describe, expect, it } from 'vitest';
import { context, run, statuses } from '../testing.js';
import { all, hidden, sloppy, sound } from './fixtures.js';
import check from './redshift_cluster_automated_snapshot.check.js';

const reason = (id: string) => run(check, all).find((r) => r.resource_id === id)?.reason;

describe('redshift_cluster_automated_snapshot', () => {
  it('redshift_cluster_automated_snapshot: fails automated snapshots off', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'PASS',
    });
    expect(reason(sound.arn)).toBe('cluster warehouse keeps automated snapshots 7 day(s)');
  });

  it('fails a retention below min_redshift_snapshot_retention_days (7 by default, as FSBP)', () => {
    const short = { ...sound, automatedSnapshotRetentionDays: 1 };
    const [one] = run(check, { ...all, clusters: [short] });
    expect(one).toMatchObject({
      status: 'FAIL',
      reason: 'cluster warehouse keeps automated snapshots 1 day(s), below 7',
    });
    const lenient = context({
      options: { check_config: { min_redshift_snapshot_retention_days: 1 } },
    });
    expect(run(check, { ...all, clusters: [short] }, lenient)[0]?.status).toBe('PASS');
  });
});
