import type { CheckDefinition } from '../../../core/index.js';
import compute_disk_csek_encrypted from './compute_disk_csek_encrypted.check.js';
import compute_firewall_rdp_restricted from './compute_firewall_rdp_restricted.check.js';
import compute_firewall_ssh_restricted from './compute_firewall_ssh_restricted.check.js';
import compute_instance_block_project_ssh_keys from './compute_instance_block_project_ssh_keys.check.js';
import compute_instance_confidential_computing_enabled from './compute_instance_confidential_computing_enabled.check.js';
import compute_instance_default_sa_no_full_api_access from './compute_instance_default_sa_no_full_api_access.check.js';
import compute_instance_ip_forwarding_disabled from './compute_instance_ip_forwarding_disabled.check.js';
import compute_instance_no_default_service_account from './compute_instance_no_default_service_account.check.js';
import compute_instance_no_public_ip from './compute_instance_no_public_ip.check.js';
import compute_instance_serial_port_disabled from './compute_instance_serial_port_disabled.check.js';
import compute_instance_shielded_vm_enabled from './compute_instance_shielded_vm_enabled.check.js';
import compute_no_default_network from './compute_no_default_network.check.js';
import compute_no_legacy_network from './compute_no_legacy_network.check.js';
import compute_project_os_login_enabled from './compute_project_os_login_enabled.check.js';
import compute_subnet_flow_logs_enabled from './compute_subnet_flow_logs_enabled.check.js';

/** The Compute Engine and VPC checks: one line per check. */
export const COMPUTE_CHECKS: readonly CheckDefinition[] = [
  compute_disk_csek_encrypted,
  compute_firewall_rdp_restricted,
  compute_firewall_ssh_restricted,
  compute_instance_block_project_ssh_keys,
  compute_instance_confidential_computing_enabled,
  compute_instance_default_sa_no_full_api_access,
  compute_instance_ip_forwarding_disabled,
  compute_instance_no_default_service_account,
  compute_instance_no_public_ip,
  compute_instance_serial_port_disabled,
  compute_instance_shielded_vm_enabled,
  compute_no_default_network,
  compute_no_legacy_network,
  compute_project_os_login_enabled,
  compute_subnet_flow_logs_enabled,
] as CheckDefinition[];
