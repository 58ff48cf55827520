import { describe, expect, it } from 'vitest';
import { context, statuses } from '../testing.js';
import { open, safe, hidden, all } from './fixtures.js';
import tags from './sns_resource_required_tags.check.js';

describe('sns_resource_required_tags', () => {
  it('sns_resource_required_tags judges tags, ERROR where they were denied', () => {
    const ctx = context({ options: { check_config: { required_tags: { team: [] } } } });
    expect(statuses(tags, all, ctx)).toEqual({
      [open.arn]: 'PASS',
      [safe.arn]: 'PASS',
      [hidden.arn]: 'ERROR',
    });
  });
});
