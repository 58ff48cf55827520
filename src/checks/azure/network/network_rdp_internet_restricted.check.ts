import { NETWORK, internetExposingRules } from '../../../providers/azure/services/network/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

const PORTS = [3389];

export default defineCheck({
  id: 'network_rdp_internet_restricted',
  scanner: NETWORK,
  reads: ['networkSecurityGroups'],
  resource_type: 'AzureNetworkSecurityGroup',
  title: 'RDP is not open to the Internet',
  description:
    'No inbound Allow rule of the NSG admits RDP (3389) from any source (*, Internet, 0.0.0.0/0) before a Deny does.',
  severity: 'high',
  risk: 'Remote Desktop exposed to the Internet is brute-forced and exploited within hours of appearing.',
  remediation: {
    text: 'Restrict the rule to known source ranges, or remove it and reach the VMs through Azure Bastion or a VPN.',
    cli: 'az network nsg rule update --resource-group RG --nsg-name NSG --name RULE --source-address-prefixes 203.0.113.0/24',
    url: 'https://learn.microsoft.com/azure/security/fundamentals/network-best-practices',
  },
  compliance: { [CIS]: ['8.1'] },
  *evaluate(snapshot) {
    for (const group of snapshot.networkSecurityGroups) {
      const open = [...new Set(PORTS.flatMap((port) => internetExposingRules(group, 'Tcp', port)))];
      yield open.length === 0
        ? pass(group.id, `${group.name} admits no RDP (3389) from the Internet`)
        : fail(
            group.id,
            `${group.name} admits RDP (3389) from the Internet (rule ${open.map((r) => r.name).join(', ')})`,
          );
    }
  },
});
