import type { CheckDefinition } from '../../../core/index.js';
import logging_alert_audit_config_changes from './logging_alert_audit_config_changes.check.js';
import logging_alert_custom_role_changes from './logging_alert_custom_role_changes.check.js';
import logging_alert_firewall_rule_changes from './logging_alert_firewall_rule_changes.check.js';
import logging_alert_network_changes from './logging_alert_network_changes.check.js';
import logging_alert_project_ownership_changes from './logging_alert_project_ownership_changes.check.js';
import logging_alert_route_changes from './logging_alert_route_changes.check.js';
import logging_alert_sql_config_changes from './logging_alert_sql_config_changes.check.js';
import logging_alert_storage_iam_changes from './logging_alert_storage_iam_changes.check.js';
import logging_sink_all_entries from './logging_sink_all_entries.check.js';

/** The Cloud Logging checks: one line per check. */
export const LOGGING_CHECKS: readonly CheckDefinition[] = [
  logging_alert_audit_config_changes,
  logging_alert_custom_role_changes,
  logging_alert_firewall_rule_changes,
  logging_alert_network_changes,
  logging_alert_project_ownership_changes,
  logging_alert_route_changes,
  logging_alert_sql_config_changes,
  logging_alert_storage_iam_changes,
  logging_sink_all_entries,
] as CheckDefinition[];
