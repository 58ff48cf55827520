import { NETWORK, internetExposingRules } from '../../../providers/azure/services/network/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

const PORTS = [80, 443];

export default defineCheck({
  id: 'network_http_internet_restricted',
  scanner: NETWORK,
  reads: ['networkSecurityGroups'],
  resource_type: 'AzureNetworkSecurityGroup',
  title: 'HTTP(S) is not open to the Internet unless intended',
  description:
    'No inbound Allow rule of the NSG admits HTTP(S) (80/443) from any source (*, Internet, 0.0.0.0/0) before a Deny does.',
  severity: 'medium',
  risk: 'Web ports open on VMs bypass the application gateway or firewall meant to front them.',
  remediation: {
    text: 'Restrict the rule to known source ranges, or remove it and reach the VMs through Azure Bastion or a VPN.',
    cli: 'az network nsg rule update --resource-group RG --nsg-name NSG --name RULE --source-address-prefixes 203.0.113.0/24',
    url: 'https://learn.microsoft.com/azure/security/fundamentals/network-best-practices',
  },
  compliance: { [CIS]: ['8.4'] },
  *evaluate(snapshot) {
    for (const group of snapshot.networkSecurityGroups) {
      const open = [...new Set(PORTS.flatMap((port) => internetExposingRules(group, 'Tcp', port)))];
      yield open.length === 0
        ? pass(group.id, `${group.name} admits no HTTP(S) (80/443) from the Internet`)
        : fail(
            group.id,
            `${group.name} admits HTTP(S) (80/443) from the Internet (rule ${open.map((r) => r.name).join(', ')})`,
          );
    }
  },
});
