import type { EventDraft } from '../../../../core/index.js';
import { projectId } from '../../ids.js';
import { readError } from '../../read.js';
import { IAM_METRIC as M } from './metrics.js';
import type { IamSnapshot } from './model.js';

export const PRIMITIVE_ROLES = ['roles/owner', 'roles/editor', 'roles/viewer'];
export const IMPERSONATION_ROLES = [
  'roles/iam.serviceAccountUser',
  'roles/iam.serviceAccountTokenCreator',
];

const fact = (
  resource_id: string,
  metric_type: string,
  metric_value: EventDraft['metric_value'],
) => ({
  resource_id,
  metric_type,
  metric_value,
});

/** Whole days between an RFC 3339 time and now. */
export function ageDays(since: string, now: Date): number {
  return Math.floor((now.getTime() - new Date(since).getTime()) / 86_400_000);
}

/** Pure: service accounts, keys and the project's policy → facts. */
export function* extractIamEvents(
  snapshot: IamSnapshot,
  ctx: { clock: { now(): Date } },
): Generator<EventDraft> {
  const now = ctx.clock.now();
  for (const account of snapshot.serviceAccounts) {
    yield fact(account.id, M.accountEmail, account.email);
    yield fact(account.id, M.accountDisabled, account.disabled);
    if (account.keys.state !== 'available') {
      yield fact(account.id, M.keysError, readError(account.keys) as string);
      continue;
    }
    yield fact(account.id, M.userManagedKeyCount, account.keys.value.length);
    for (const key of account.keys.value) {
      if (key.createdAt) yield fact(key.id, M.keyAgeDays, ageDays(key.createdAt, now));
      yield fact(key.id, M.keyDisabled, key.disabled);
    }
  }
  const project = projectId(snapshot.project);
  if (snapshot.policy.state !== 'available') {
    yield fact(project, M.policyError, readError(snapshot.policy) as string);
    return;
  }
  const grants = (roles: string[]) =>
    snapshot.policy.state === 'available'
      ? snapshot.policy.value.bindings
          .filter((b) => roles.includes(b.role))
          .flatMap((b) => b.members.map((m) => `${b.role}:${m}`))
      : [];
  yield fact(project, M.primitiveRoleMembers, grants(PRIMITIVE_ROLES));
  yield fact(project, M.serviceAccountUserMembers, grants(IMPERSONATION_ROLES));
  yield fact(
    project,
    M.auditConfig,
    Object.fromEntries(
      snapshot.policy.value.auditConfigs.map((c) => [c.service, Object.keys(c.logTypes).sort()]),
    ),
  );
}
