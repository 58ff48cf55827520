import { describe, expect, it } from 'vitest';
import { context, run } from '../testing.js';
import check from './lambda_function_resource_required_tags.check.js';
import { DENIED, fn, snapshot } from './fixtures.js';

describe('lambda_function_resource_required_tags', () => {
  it('judges each function’s tags, and is ERROR where GetFunction was denied', () => {
    const ctx = context({ options: { check_config: { required_tags: { team: [], env: [] } } } });
    const s = snapshot([
      fn('orders-api', {
        details: { state: 'available', value: { tags: { team: 'checkout', env: 'prod' } } },
      }),
      fn('thumbnailer'),
      fn('report', { details: DENIED('lambda:GetFunction') }),
    ]);
    expect(run(check, s, ctx).map((r) => [r.status, r.reason])).toEqual([
      ['PASS', 'function orders-api carries the required tags'],
      ['FAIL', 'function thumbnailer: missing env'],
      [
        'ERROR',
        'the tags of function report could not be read: lambda:GetFunction was denied (AccessDeniedException) — not authorized to perform this action',
      ],
    ]);
    expect(run(check, s)).toEqual([]);
  });
});
