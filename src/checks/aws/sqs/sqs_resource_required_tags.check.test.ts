import { describe, expect, it } from 'vitest';
import { context, run, statuses } from '../testing.js';
import { snapshot, plain, denied, all } from './fixtures.js';
import tags from './sqs_resource_required_tags.check.js';

describe('sqs_resource_required_tags', () => {
  it('sqs_resource_required_tags: judges tags, ERROR where GetResources was denied', () => {
    const ctx = context({ options: { check_config: { required_tags: { team: [] } } } });
    expect(statuses(tags, snapshot([plain, denied]), ctx)).toEqual({
      [plain.arn]: 'PASS',
      [denied.arn]: 'ERROR',
    });
    expect(run(tags, all)).toEqual([]);
  });
});
