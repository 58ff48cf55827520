import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import plansHaveSelections from './backup_plans_have_selections.check.js';
import { all, daily, forgotten, hiddenPlan, snapshot } from './fixtures.js';

describe('backup_plans_have_selections', () => {
  it('backup_plans_have_selections: fails a plan selecting nothing, ERROR when unread', () => {
    expect(statuses(plansHaveSelections, all)).toEqual({
      [daily.arn]: 'PASS',
      [forgotten.arn]: 'FAIL',
      [hiddenPlan.arn]: 'ERROR',
    });
    expect(run(plansHaveSelections, snapshot({ plans: [hiddenPlan] }))[0]?.reason).toContain(
      'backup:ListBackupSelections was denied',
    );
  });
});
