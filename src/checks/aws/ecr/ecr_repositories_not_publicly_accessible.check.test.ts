import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hidden, ruled, sloppy, snapshot, sound } from './fixtures.js';
import publicPolicy from './ecr_repositories_not_publicly_accessible.check.js';

describe('ecr_repositories_not_publicly_accessible', () => {
  it('ecr_repositories_not_publicly_accessible: fails an open statement, passes cross-account and no policy', () => {
    expect(statuses(publicPolicy, all)).toEqual({
      [sound.arn]: 'PASS',
      [ruled.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'ERROR',
    });
    expect(run(publicPolicy, snapshot([sloppy]))[0]?.reason).toBe(
      "repository legacy-tools's policy lets anyone call ecr:BatchGetImage, ecr:GetDownloadUrlForLayer (statement PublicPull)",
    );
  });
});
