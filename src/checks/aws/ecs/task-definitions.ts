import type { CheckContext, CheckResult } from '../../../core/index.js';
import type {
  EcsRegionSnapshot,
  TaskDefinitionDetails,
} from '../../../providers/aws/services/ecs/model.js';
import { regionScope, unreadable } from '../regional.js';

/**
 * One result per task definition family's latest revision: `offenders` names what fails it (none:
 * PASS); an unlisted region or an undescribed family is ERROR naming the call.
 */
export function* judgeTaskDefinitions(
  snapshot: Pick<EcsRegionSnapshot, 'taskDefinitions'>,
  ctx: CheckContext,
  judge: {
    offenders: (details: TaskDefinitionDetails) => string[];
    fail: (name: string, offenders: string[]) => string;
    pass: (name: string) => string;
  },
): Generator<CheckResult> {
  const listed = snapshot.taskDefinitions;
  if (listed.state !== 'available') {
    yield unreadable(regionScope('ecs', ctx), 'the task definitions of the region', listed);
    return;
  }
  for (const t of listed.value) {
    // Undescribed, a family has no known revision: it is named alone.
    const name = t.revision === undefined ? t.family : `${t.family}:${t.revision}`;
    if (t.details.state !== 'available') {
      yield unreadable(t.arn, `task definition ${name}`, t.details);
      continue;
    }
    const offenders = judge.offenders(t.details.value);
    yield offenders.length > 0
      ? { resource_id: t.arn, status: 'FAIL', reason: judge.fail(name, offenders) }
      : { resource_id: t.arn, status: 'PASS', reason: judge.pass(name) };
  }
}
