import { NETWORK, internetExposingRules } from '../../../providers/azure/services/network/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'network_udp_internet_restricted',
  scanner: NETWORK,
  reads: ['networkSecurityGroups'],
  resource_type: 'AzureNetworkSecurityGroup',
  title: 'UDP is not open to the Internet',
  description:
    'No inbound Allow rule of the NSG admits UDP (or any protocol) from the whole Internet.',
  severity: 'medium',
  risk: 'UDP services open to the Internet (DNS, NTP, SSDP, CLDAP…) are abused for reflection and amplification attacks.',
  remediation: {
    text: 'Restrict UDP rules to known sources, or remove them.',
    cli: 'az network nsg rule update --resource-group RG --nsg-name NSG --name RULE --source-address-prefixes 10.0.0.0/8',
    url: 'https://learn.microsoft.com/azure/security/fundamentals/network-best-practices',
  },
  compliance: { [CIS]: ['8.3'] },
  *evaluate(snapshot) {
    for (const group of snapshot.networkSecurityGroups) {
      const open = internetExposingRules(group, 'Udp');
      yield open.length === 0
        ? pass(group.id, `${group.name} admits no UDP from the Internet`)
        : fail(
            group.id,
            `${group.name} admits UDP from the Internet (rule ${open.map((r) => r.name).join(', ')})`,
          );
    }
  },
});
