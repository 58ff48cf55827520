import type { CheckDefinition } from '../../../core/index.js';
import defender_alert_notifications_enabled from './defender_alert_notifications_enabled.check.js';
import defender_alerts_notify_owners from './defender_alerts_notify_owners.check.js';
import defender_app_services_on from './defender_app_services_on.check.js';
import defender_attack_path_notifications_enabled from './defender_attack_path_notifications_enabled.check.js';
import defender_containers_on from './defender_containers_on.check.js';
import defender_cosmos_db_on from './defender_cosmos_db_on.check.js';
import defender_dns_on from './defender_dns_on.check.js';
import defender_key_vault_on from './defender_key_vault_on.check.js';
import defender_open_source_databases_on from './defender_open_source_databases_on.check.js';
import defender_resource_manager_on from './defender_resource_manager_on.check.js';
import defender_security_contact_email_configured from './defender_security_contact_email_configured.check.js';
import defender_servers_on from './defender_servers_on.check.js';
import defender_sql_databases_on from './defender_sql_databases_on.check.js';
import defender_sql_servers_on_machines_on from './defender_sql_servers_on_machines_on.check.js';
import defender_storage_on from './defender_storage_on.check.js';

/** The Defender for Cloud checks: one line per check. */
export const DEFENDER_CHECKS: readonly CheckDefinition[] = [
  defender_alert_notifications_enabled as CheckDefinition,
  defender_alerts_notify_owners as CheckDefinition,
  defender_app_services_on as CheckDefinition,
  defender_attack_path_notifications_enabled as CheckDefinition,
  defender_containers_on as CheckDefinition,
  defender_cosmos_db_on as CheckDefinition,
  defender_dns_on as CheckDefinition,
  defender_key_vault_on as CheckDefinition,
  defender_open_source_databases_on as CheckDefinition,
  defender_resource_manager_on as CheckDefinition,
  defender_security_contact_email_configured as CheckDefinition,
  defender_servers_on as CheckDefinition,
  defender_sql_databases_on as CheckDefinition,
  defender_sql_servers_on_machines_on as CheckDefinition,
  defender_storage_on as CheckDefinition,
];
