import type { CheckDefinition } from '../../../core/index.js';
import authorization_no_custom_subscription_admin_roles from './authorization_no_custom_subscription_admin_roles.check.js';
import authorization_user_access_administrator_restricted from './authorization_user_access_administrator_restricted.check.js';

/** The authorization checks: one line per check. */
export const AUTHORIZATION_CHECKS: readonly CheckDefinition[] = [
  authorization_no_custom_subscription_admin_roles,
  authorization_user_access_administrator_restricted,
];
