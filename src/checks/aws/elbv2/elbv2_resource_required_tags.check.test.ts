import { describe, expect, it } from 'vitest';
import { context, run } from '../testing.js';
import check from './elbv2_resource_required_tags.check.js';
import { DENIED, lb, snapshot } from './fixtures.js';

describe('elbv2_resource_required_tags', () => {
  it('judges each load balancer’s tags, ERROR when DescribeTags was denied', () => {
    const ctx = context({ options: { check_config: { required_tags: { env: ['prod'] } } } });
    const web = lb('web');
    expect(run(check, snapshot([web]), ctx).map((r) => r.status)).toEqual(['PASS']);
    expect(
      run(check, snapshot([web], { tags: DENIED('elasticloadbalancing:DescribeTags') }), ctx).map(
        (r) => r.status,
      ),
    ).toEqual(['ERROR']);
    expect(run(check, snapshot([web]))).toEqual([]);
  });
});
