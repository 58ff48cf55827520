import type { CheckDefinition } from '../../../core/index.js';
import monitor_activity_log_exported from './monitor_activity_log_exported.check.js';
import monitor_activity_log_required_categories from './monitor_activity_log_required_categories.check.js';
import monitor_alert_create_policy_assignment from './monitor_alert_create_policy_assignment.check.js';
import monitor_alert_create_update_nsg from './monitor_alert_create_update_nsg.check.js';
import monitor_alert_create_update_public_ip from './monitor_alert_create_update_public_ip.check.js';
import monitor_alert_create_update_security_solution from './monitor_alert_create_update_security_solution.check.js';
import monitor_alert_create_update_sql_firewall_rule from './monitor_alert_create_update_sql_firewall_rule.check.js';
import monitor_alert_delete_nsg from './monitor_alert_delete_nsg.check.js';
import monitor_alert_delete_policy_assignment from './monitor_alert_delete_policy_assignment.check.js';
import monitor_alert_delete_public_ip from './monitor_alert_delete_public_ip.check.js';
import monitor_alert_delete_security_solution from './monitor_alert_delete_security_solution.check.js';
import monitor_alert_delete_sql_firewall_rule from './monitor_alert_delete_sql_firewall_rule.check.js';
import monitor_alert_service_health from './monitor_alert_service_health.check.js';

/** The activity log checks: one line per check. */
export const MONITOR_CHECKS: readonly CheckDefinition[] = [
  monitor_activity_log_exported as CheckDefinition,
  monitor_activity_log_required_categories as CheckDefinition,
  monitor_alert_create_policy_assignment as CheckDefinition,
  monitor_alert_create_update_nsg as CheckDefinition,
  monitor_alert_create_update_public_ip as CheckDefinition,
  monitor_alert_create_update_security_solution as CheckDefinition,
  monitor_alert_create_update_sql_firewall_rule as CheckDefinition,
  monitor_alert_delete_nsg as CheckDefinition,
  monitor_alert_delete_policy_assignment as CheckDefinition,
  monitor_alert_delete_public_ip as CheckDefinition,
  monitor_alert_delete_security_solution as CheckDefinition,
  monitor_alert_delete_sql_firewall_rule as CheckDefinition,
  monitor_alert_service_health as CheckDefinition,
];
