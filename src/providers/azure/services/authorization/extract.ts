import type { EventDraft } from '../../../../core/index.js';
import { AUTHORIZATION_METRIC as A } from './metrics.js';
import {
  BUILT_IN_ROLES,
  isSubscriptionAdministratorRole,
  type AuthorizationSnapshot,
} from './model.js';

export function* extractAuthorizationEvents(
  snapshot: AuthorizationSnapshot,
): Generator<EventDraft> {
  const scope = `/subscriptions/${snapshot.subscriptionId}`;
  const fact = (
    resource_id: string,
    metric_type: string,
    metric_value: EventDraft['metric_value'],
  ) => ({
    resource_id,
    metric_type,
    metric_value,
  });
  yield fact(scope, A.assignmentCount, snapshot.assignments.length);
  yield fact(scope, A.customRoleCount, snapshot.customRoles.length);
  yield fact(
    scope,
    A.ownerCount,
    snapshot.assignments.filter(
      (a) =>
        a.roleDefinitionGuid === BUILT_IN_ROLES.owner &&
        a.scope.toLowerCase() === scope.toLowerCase(),
    ).length,
  );
  yield fact(
    scope,
    A.uaaCount,
    snapshot.assignments.filter(
      (a) => a.roleDefinitionGuid === BUILT_IN_ROLES.userAccessAdministrator,
    ).length,
  );
  for (const role of snapshot.customRoles) {
    yield fact(
      role.id,
      A.customAllActions,
      isSubscriptionAdministratorRole(role, snapshot.subscriptionId),
    );
  }
}
