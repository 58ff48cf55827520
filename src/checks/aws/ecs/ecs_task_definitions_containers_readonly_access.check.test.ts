import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, DENIED, hiddenTask, sloppyTask, snapshot, soundTask } from './fixtures.js';
import readonly from './ecs_task_definitions_containers_readonly_access.check.js';

describe('ecs_task_definitions_containers_readonly_access', () => {
  it('ecs_task_definitions_containers_readonly_access: fails a writable root file system, ERROR when unread', () => {
    expect(statuses(readonly, all)).toEqual({
      [soundTask.arn]: 'PASS',
      [sloppyTask.arn]: 'FAIL',
      [hiddenTask.arn]: 'ERROR',
    });
    expect(run(readonly, snapshot([], [sloppyTask]))[0]?.reason).toBe(
      'task definition worker:4 gives containers a writable root file system: worker',
    );
  });

  it('ecs_task_definitions_containers_readonly_access: never PASS when the listing was denied', () => {
    const results = run(readonly, snapshot([], DENIED('ecs:ListTaskDefinitionFamilies')));
    expect(results.map((r) => r.status)).toEqual(['ERROR']);
    expect(results[0]?.reason).toContain('ecs:ListTaskDefinitionFamilies was denied');
  });
});
