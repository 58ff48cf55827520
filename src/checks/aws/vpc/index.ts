import type { CheckDefinition } from '../../../core/index.js';
import ec2_networkacl_allow_ingress_any_port from './ec2_networkacl_allow_ingress_any_port.check.js';
import ec2_networkacl_allow_ingress_tcp_port_22 from './ec2_networkacl_allow_ingress_tcp_port_22.check.js';
import ec2_networkacl_allow_ingress_tcp_port_3389 from './ec2_networkacl_allow_ingress_tcp_port_3389.check.js';
import ec2_networkacl_unused from './ec2_networkacl_unused.check.js';
import ec2_securitygroup_allow_ingress_from_internet_to_all_ports from './ec2_securitygroup_allow_ingress_from_internet_to_all_ports.check.js';
import ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports from './ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports.check.js';
import ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22 from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22.check.js';
import ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389 from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389.check.js';
import ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_445 from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_445.check.js';
import ec2_securitygroup_default_restrict_traffic from './ec2_securitygroup_default_restrict_traffic.check.js';
import ec2_securitygroup_not_used from './ec2_securitygroup_not_used.check.js';
import vpc_flow_logs_enabled from './vpc_flow_logs_enabled.check.js';
import vpc_subnet_no_public_ip_by_default from './vpc_subnet_no_public_ip_by_default.check.js';
import vpc_resource_required_tags from './vpc_resource_required_tags.check.js';

/** The VPC checks (security groups, network ACLs, flow logs, subnets): one line per check. */
export const VPC_CHECKS: readonly CheckDefinition[] = [
  ec2_networkacl_allow_ingress_any_port,
  ec2_networkacl_allow_ingress_tcp_port_22,
  ec2_networkacl_allow_ingress_tcp_port_3389,
  ec2_networkacl_unused,
  ec2_securitygroup_allow_ingress_from_internet_to_all_ports,
  ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports,
  ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22,
  ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389,
  ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_445,
  ec2_securitygroup_default_restrict_traffic,
  ec2_securitygroup_not_used,
  vpc_flow_logs_enabled,
  vpc_subnet_no_public_ip_by_default,
  vpc_resource_required_tags,
];
