import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, ancient, hidden, restricted, sloppy, snapshot, sound } from './fixtures.js';
import audit from './eks_cluster_audit_logging_enabled.check.js';

describe('eks_cluster_audit_logging_enabled', () => {
  it('eks_cluster_audit_logging_enabled: fails without the audit type, ERROR when unread', () => {
    expect(statuses(audit, all)).toEqual({
      [sound.arn]: 'PASS',
      [restricted.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [ancient.arn]: 'FAIL',
      [hidden.arn]: 'ERROR',
    });
    expect(run(audit, snapshot([sound, sloppy, ancient])).map((r) => r.reason)).toEqual([
      'cluster prod logs api, audit, authenticator',
      'cluster dev has no audit logging (logs api only)',
      'cluster legacy has no audit logging (no control plane logging)',
    ]);
  });
});
