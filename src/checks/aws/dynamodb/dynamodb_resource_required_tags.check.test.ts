import { describe, expect, it } from 'vitest';
import { context, run } from '../testing.js';
import check from './dynamodb_resource_required_tags.check.js';
import { DENIED, snapshot, table } from './fixtures.js';

describe('dynamodb_resource_required_tags', () => {
  it('judges each table’s tags, and is ERROR where GetResources was denied', () => {
    const ctx = context({ options: { check_config: { required_tags: { team: [] } } } });
    const s = snapshot([
      table('orders'),
      table('sessions', { tags: { state: 'available', value: {} } }),
      table('audit', { tags: DENIED('tag:GetResources') }),
    ]);
    expect(run(check, s, ctx).map((r) => [r.status, r.reason])).toEqual([
      ['PASS', 'table orders carries the required tags'],
      ['FAIL', 'table sessions: missing team'],
      [
        'ERROR',
        'the tags of table audit could not be read: tag:GetResources was denied (AccessDeniedException) — not authorized to perform this action',
      ],
    ]);
    expect(run(check, s)).toEqual([]);
  });
});
