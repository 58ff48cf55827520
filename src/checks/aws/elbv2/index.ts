import type { CheckDefinition } from '../../../core/index.js';
import elbv2_access_logs_enabled from './elbv2_access_logs_enabled.check.js';
import elbv2_deletion_protection_enabled from './elbv2_deletion_protection_enabled.check.js';
import elbv2_drop_invalid_header_fields from './elbv2_drop_invalid_header_fields.check.js';
import elbv2_listener_https_redirect from './elbv2_listener_https_redirect.check.js';
import elbv2_listener_recommended_security_policy from './elbv2_listener_recommended_security_policy.check.js';
import elbv2_listener_tls_policy_secure from './elbv2_listener_tls_policy_secure.check.js';
import elbv2_resource_required_tags from './elbv2_resource_required_tags.check.js';

/** The ELBv2 load balancer checks: one line per check. */
export const ELBV2_CHECKS: readonly CheckDefinition[] = [
  elbv2_access_logs_enabled,
  elbv2_deletion_protection_enabled,
  elbv2_drop_invalid_header_fields,
  elbv2_listener_https_redirect,
  elbv2_listener_recommended_security_policy,
  elbv2_listener_tls_policy_secure,
  elbv2_resource_required_tags,
];
