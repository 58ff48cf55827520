import type { CheckDefinition } from '../../../core/index.js';
import sql_instance_automated_backups from './sql_instance_automated_backups.check.js';
import sql_instance_no_public_ip from './sql_instance_no_public_ip.check.js';
import sql_instance_not_open_to_world from './sql_instance_not_open_to_world.check.js';
import sql_instance_ssl_required from './sql_instance_ssl_required.check.js';
import sql_mysql_local_infile_off from './sql_mysql_local_infile_off.check.js';
import sql_mysql_skip_show_database_on from './sql_mysql_skip_show_database_on.check.js';
import sql_postgres_log_connections_on from './sql_postgres_log_connections_on.check.js';
import sql_postgres_log_disconnections_on from './sql_postgres_log_disconnections_on.check.js';
import sql_postgres_log_min_duration_statement_disabled from './sql_postgres_log_min_duration_statement_disabled.check.js';
import sql_postgres_pgaudit_enabled from './sql_postgres_pgaudit_enabled.check.js';
import sql_sqlserver_contained_db_auth_off from './sql_sqlserver_contained_db_auth_off.check.js';
import sql_sqlserver_cross_db_ownership_chaining_off from './sql_sqlserver_cross_db_ownership_chaining_off.check.js';
import sql_sqlserver_external_scripts_off from './sql_sqlserver_external_scripts_off.check.js';
import sql_sqlserver_remote_access_off from './sql_sqlserver_remote_access_off.check.js';

/** The Cloud SQL checks: one line per check. */
export const SQL_CHECKS: readonly CheckDefinition[] = [
  sql_instance_automated_backups,
  sql_instance_no_public_ip,
  sql_instance_not_open_to_world,
  sql_instance_ssl_required,
  sql_mysql_local_infile_off,
  sql_mysql_skip_show_database_on,
  sql_postgres_log_connections_on,
  sql_postgres_log_disconnections_on,
  sql_postgres_log_min_duration_statement_disabled,
  sql_postgres_pgaudit_enabled,
  sql_sqlserver_contained_db_auth_off,
  sql_sqlserver_cross_db_ownership_chaining_off,
  sql_sqlserver_external_scripts_off,
  sql_sqlserver_remote_access_off,
] as CheckDefinition[];
