import type { CheckDefinition } from '../../../core/index.js';
import network_bastion_host_exists from './network_bastion_host_exists.check.js';
import network_http_internet_restricted from './network_http_internet_restricted.check.js';
import network_nsg_flow_log_retention_90_days from './network_nsg_flow_log_retention_90_days.check.js';
import network_rdp_internet_restricted from './network_rdp_internet_restricted.check.js';
import network_ssh_internet_restricted from './network_ssh_internet_restricted.check.js';
import network_udp_internet_restricted from './network_udp_internet_restricted.check.js';
import network_vnet_flow_log_retention_90_days from './network_vnet_flow_log_retention_90_days.check.js';
import network_watcher_enabled_in_used_regions from './network_watcher_enabled_in_used_regions.check.js';

/** The network checks: one line per check. */
export const NETWORK_CHECKS: readonly CheckDefinition[] = [
  network_bastion_host_exists,
  network_http_internet_restricted,
  network_nsg_flow_log_retention_90_days,
  network_rdp_internet_restricted,
  network_ssh_internet_restricted,
  network_udp_internet_restricted,
  network_vnet_flow_log_retention_90_days,
  network_watcher_enabled_in_used_regions,
];
