import { describe, expect, it } from 'vitest';
import { context, run, statuses } from '../testing.js';
import { rotated, snapshot, stale } from './fixtures.js';
import tags from './secretsmanager_resource_required_tags.check.js';

describe('secretsmanager_resource_required_tags', () => {
  it('secretsmanager_resource_required_tags: judges the tags ListSecrets carries; nothing without a requirement', () => {
    const ctx = context({ options: { check_config: { required_tags: { team: [] } } } });
    expect(statuses(tags, snapshot([rotated, stale]), ctx)).toEqual({
      [rotated.arn]: 'PASS',
      [stale.arn]: 'FAIL',
    });
    expect(run(tags, snapshot([rotated, stale]))).toEqual([]);
  });
});
