import type { CheckDefinition } from '../../../core/index.js';
import sql_database_tde_enabled from './sql_database_tde_enabled.check.js';
import sql_server_auditing_enabled from './sql_server_auditing_enabled.check.js';
import sql_server_auditing_retention_90_days from './sql_server_auditing_retention_90_days.check.js';
import sql_server_entra_admin_configured from './sql_server_entra_admin_configured.check.js';
import sql_server_minimum_tls_1_2 from './sql_server_minimum_tls_1_2.check.js';
import sql_server_no_open_firewall_rules from './sql_server_no_open_firewall_rules.check.js';
import sql_server_public_network_access_disabled from './sql_server_public_network_access_disabled.check.js';
import sql_server_tde_protector_cmk from './sql_server_tde_protector_cmk.check.js';

/** The Azure SQL checks: one line per check. */
export const SQL_CHECKS: readonly CheckDefinition[] = [
  sql_database_tde_enabled,
  sql_server_auditing_enabled,
  sql_server_auditing_retention_90_days,
  sql_server_entra_admin_configured,
  sql_server_minimum_tls_1_2,
  sql_server_no_open_firewall_rules,
  sql_server_public_network_access_disabled,
  sql_server_tde_protector_cmk,
];
