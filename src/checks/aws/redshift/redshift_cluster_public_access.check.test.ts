import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hidden, sloppy, sound } from './fixtures.js';
import check from './redshift_cluster_public_access.check.js';

const reason = (id: string) => run(check, all).find((r) => r.resource_id === id)?.reason;

describe('redshift_cluster_public_access', () => {
  it('redshift_cluster_public_access: fails a public endpoint', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'PASS',
    });
    expect(reason(sloppy.arn)).toBe('cluster adhoc is publicly accessible');
  });
});
