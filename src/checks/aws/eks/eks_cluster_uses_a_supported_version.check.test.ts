import { describe, expect, it } from 'vitest';
import { context, run, statuses } from '../testing.js';
import { all, ancient, cluster, hidden, restricted, sloppy, snapshot, sound } from './fixtures.js';
import version from './eks_cluster_uses_a_supported_version.check.js';

describe('eks_cluster_uses_a_supported_version', () => {
  it('eks_cluster_uses_a_supported_version: passes standard support, fails extended and past it, ERROR when unread', () => {
    expect(statuses(version, all)).toEqual({
      [sound.arn]: 'PASS',
      [restricted.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [ancient.arn]: 'FAIL',
      [hidden.arn]: 'ERROR',
    });
    expect(run(version, snapshot([sound, sloppy, ancient])).map((r) => r.reason)).toEqual([
      'cluster prod runs Kubernetes 1.33, in standard support until 2026-07-29',
      'cluster dev runs Kubernetes 1.31: standard support ended 2025-11-26, in paid extended support until 2026-11-26',
      'cluster legacy runs Kubernetes 1.29: past end of extended support (2026-03-23)',
    ]);
  });

  it('eks_cluster_uses_a_supported_version: judges on the scan day, and knows versions older or newer than the calendar', () => {
    const later = context({ now: new Date('2026-07-29T00:00:00Z') });
    expect(statuses(version, snapshot([sound]), later)).toEqual({ [sound.arn]: 'FAIL' });
    const old = cluster('old', { version: '1.21' });
    const next = cluster('next', { version: '1.37' });
    expect(run(version, snapshot([old, next])).map((r) => [r.status, r.reason])).toEqual([
      ['FAIL', 'cluster old runs Kubernetes 1.21: older than every version EKS still supports'],
      [
        'PASS',
        'cluster next runs Kubernetes 1.37, newer than every version of the EKS calendar taken 2026-12-03',
      ],
    ]);
  });
});
