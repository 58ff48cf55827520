import {
  AUTHORIZATION,
  isSubscriptionAdministratorRole,
} from '../../../providers/azure/services/authorization/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, subscriptionResource } from '../support.js';

export default defineCheck({
  id: 'authorization_no_custom_subscription_admin_roles',
  scanner: AUTHORIZATION,
  reads: ['subscriptionId', 'customRoles'],
  resource_type: 'AzureRoleDefinition',
  title: 'No custom role grants every action at subscription scope',
  description:
    'No custom role definition with actions [*] is assignable at the subscription, a management group or the root.',
  severity: 'high',
  risk: 'A home-made Owner escapes the reviews and PIM policies aimed at the built-in administrator roles.',
  remediation: {
    text: 'Narrow the role to the actions it needs, or delete it and use a built-in role.',
    cli: 'az role definition delete --name ROLE',
    url: 'https://learn.microsoft.com/azure/role-based-access-control/custom-roles',
  },
  compliance: { [CIS]: ['6.23'] },
  *evaluate(snapshot) {
    const admins = snapshot.customRoles.filter((r) =>
      isSubscriptionAdministratorRole(r, snapshot.subscriptionId),
    );
    for (const role of admins)
      yield fail(role.id, `custom role ${role.roleName} grants every action (*)`);
    if (admins.length === 0)
      yield pass(
        subscriptionResource(snapshot.subscriptionId),
        `none of ${snapshot.customRoles.length} custom role(s) grants every action`,
      );
  },
});
