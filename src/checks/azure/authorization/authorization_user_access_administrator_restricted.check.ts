import {
  AUTHORIZATION,
  BUILT_IN_ROLES,
} from '../../../providers/azure/services/authorization/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, subscriptionResource } from '../support.js';

export default defineCheck({
  id: 'authorization_user_access_administrator_restricted',
  scanner: AUTHORIZATION,
  reads: ['subscriptionId', 'assignments'],
  resource_type: 'AzureRoleAssignment',
  title: 'User Access Administrator is not assigned in the subscription',
  description:
    'No role assignment of the subscription (its scope and below) grants User Access Administrator. Assignments at the tenant root (/) are not visible per subscription.',
  severity: 'high',
  risk: 'User Access Administrator can grant itself, or anyone, any role: it is Owner in all but name.',
  remediation: {
    text: 'Remove the assignment; grant access through PIM-eligible, narrower roles (Role Based Access Control Administrator with conditions).',
    cli: 'az role assignment delete --ids ASSIGNMENT_ID',
    url: 'https://learn.microsoft.com/azure/role-based-access-control/elevate-access-global-admin',
  },
  compliance: { [CIS]: ['6.3.3'] },
  *evaluate(snapshot) {
    const uaa = snapshot.assignments.filter(
      (a) => a.roleDefinitionGuid === BUILT_IN_ROLES.userAccessAdministrator,
    );
    for (const a of uaa)
      yield fail(
        a.id,
        `${a.principalType} ${a.principalId} is User Access Administrator on ${a.scope}`,
      );
    if (uaa.length === 0)
      yield pass(
        subscriptionResource(snapshot.subscriptionId),
        'no User Access Administrator assignment in the subscription',
      );
  },
});
