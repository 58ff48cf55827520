import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, ancient, hidden, restricted, sloppy, snapshot, sound } from './fixtures.js';
import endpoint from './eks_cluster_not_publicly_accessible.check.js';

describe('eks_cluster_not_publicly_accessible', () => {
  it('eks_cluster_not_publicly_accessible: fails every public endpoint, named ranges too (FSBP EKS.1), passes private, ERROR when unread', () => {
    expect(statuses(endpoint, all)).toEqual({
      [sound.arn]: 'PASS',
      [restricted.arn]: 'FAIL',
      [sloppy.arn]: 'FAIL',
      [ancient.arn]: 'PASS',
      [hidden.arn]: 'ERROR',
    });
    expect(run(endpoint, snapshot([restricted, sloppy, hidden])).map((r) => r.reason)).toEqual([
      "cluster office's API server endpoint is public, limited to 203.0.113.0/24",
      "cluster dev's API server endpoint is public and open to 0.0.0.0/0",
      'cluster hidden could not be read: eks:DescribeCluster was denied (AccessDeniedException) — not authorized to perform this action',
    ]);
  });
});
