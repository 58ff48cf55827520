import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, batch, hidden, legacy, prod, snapshot } from './fixtures.js';
import insights from './ecs_cluster_container_insights_enabled.check.js';

describe('ecs_cluster_container_insights_enabled', () => {
  it('ecs_cluster_container_insights_enabled: passes enabled and enhanced, fails disabled or unset, ERROR when unread', () => {
    expect(statuses(insights, all)).toEqual({
      [prod.arn]: 'PASS',
      [batch.arn]: 'FAIL',
      [legacy.arn]: 'FAIL',
      [hidden.arn]: 'ERROR',
    });
    expect(run(insights, snapshot([prod, batch, hidden])).map((r) => r.reason)).toEqual([
      'cluster prod has Container Insights enhanced',
      'cluster batch has Container Insights unset (disabled)',
      'the settings of cluster hidden could not be read: ecs:DescribeClusters was denied (AccessDeniedException) — not authorized to perform this action',
    ]);
  });
});
