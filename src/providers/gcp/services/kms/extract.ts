import type { EventDraft } from '../../../../core/index.js';
import { projectId } from '../../ids.js';
import { readError } from '../../read.js';
import { KMS_METRIC as M } from './metrics.js';
import type { KmsSnapshot } from './model.js';

/** Pure: the project's keys → inventory and security facts on each key. */
export function* extractKms(snapshot: KmsSnapshot): Generator<EventDraft> {
  const fact = (
    resource_id: string,
    metric_type: string,
    metric_value: EventDraft['metric_value'],
  ) => ({ resource_id, metric_type, metric_value }) satisfies EventDraft;
  for (const read of [snapshot.keys, snapshot.publicGrants])
    if (read.state !== 'available')
      yield fact(projectId(snapshot.project), M.keysError, readError(read) as string);
  if (snapshot.keys.state !== 'available') return;
  const grants =
    snapshot.publicGrants.state === 'available' ? snapshot.publicGrants.value : undefined;
  for (const key of snapshot.keys.value) {
    yield fact(key.id, M.keyName, key.name);
    yield fact(key.id, M.keyPurpose, key.purpose);
    yield fact(key.id, M.keyLocation, key.location);
    if (key.rotationPeriodSeconds !== undefined)
      yield fact(
        key.id,
        M.rotationDays,
        Math.round((key.rotationPeriodSeconds / 86_400) * 100) / 100,
      );
    if (grants) yield fact(key.id, M.publicMembers, grants[key.id] ?? []);
  }
}
