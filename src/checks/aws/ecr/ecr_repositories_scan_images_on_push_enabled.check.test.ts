import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hidden, ruled, sloppy, snapshot, sound } from './fixtures.js';
import scanning from './ecr_repositories_scan_images_on_push_enabled.check.js';

describe('ecr_repositories_scan_images_on_push_enabled', () => {
  it('ecr_repositories_scan_images_on_push_enabled: passes a registry rule, fails manual scanning, ERROR when unread', () => {
    expect(statuses(scanning, all)).toEqual({
      [sound.arn]: 'PASS',
      [ruled.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'ERROR',
    });
    expect(run(scanning, snapshot([ruled, sloppy])).map((r) => r.reason)).toEqual([
      'repository base-images/node is scanned CONTINUOUS_SCAN by registry rule base-*',
      'repository legacy-tools is only scanned manually',
    ]);
  });

  it('ecr_repositories_scan_images_on_push_enabled: the repository setting alone is enough when the batch is unread', () => {
    const own = { ...hidden, scanOnPush: true };
    expect(statuses(scanning, snapshot([own]))).toEqual({ [own.arn]: 'PASS' });
  });
});
