import { describe, expect, it } from 'vitest';
import { regionScope } from '../regional.js';
import { context, run, statuses } from '../testing.js';
import { all, DENIED, hiddenTask, sloppyTask, snapshot, soundTask } from './fixtures.js';
import privileged from './ecs_task_definitions_no_privileged_containers.check.js';

describe('ecs_task_definitions_no_privileged_containers', () => {
  it('ecs_task_definitions_no_privileged_containers: fails a privileged container, ERROR when unread', () => {
    expect(statuses(privileged, all)).toEqual({
      [soundTask.arn]: 'PASS',
      [sloppyTask.arn]: 'FAIL',
      [hiddenTask.arn]: 'ERROR',
    });
    expect(run(privileged, snapshot([], [sloppyTask]))[0]?.reason).toBe(
      'task definition worker:4 runs privileged containers: worker',
    );
    expect(run(privileged, snapshot([], [hiddenTask]))[0]?.reason).toBe(
      'task definition hidden could not be read: ecs:DescribeTaskDefinition was denied (AccessDeniedException) — not authorized to perform this action',
    );
  });

  it('ecs_task_definitions_no_privileged_containers: ERROR on the region when the listing was denied', () => {
    expect(
      run(privileged, snapshot([], DENIED('ecs:ListTaskDefinitionFamilies'))).map((r) => [
        r.resource_id,
        r.status,
      ]),
    ).toEqual([[regionScope('ecs', context()), 'ERROR']]);
  });
});
