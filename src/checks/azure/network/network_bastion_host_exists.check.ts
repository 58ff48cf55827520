import { NETWORK } from '../../../providers/azure/services/network/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, subscriptionResource } from '../support.js';

export default defineCheck({
  id: 'network_bastion_host_exists',
  scanner: NETWORK,
  reads: ['subscriptionId', 'bastionHostIds'],
  resource_type: 'AzureSubscription',
  title: 'An Azure Bastion host exists in the subscription',
  description: 'The subscription has at least one Azure Bastion host for remote access to its VMs.',
  severity: 'low',
  risk: 'Without Bastion, administrators tend to open RDP and SSH to the Internet to reach VMs.',
  remediation: {
    text: 'Deploy Azure Bastion in the hub virtual network (subnet AzureBastionSubnet).',
    cli: 'az network bastion create --name bastion --resource-group RG --vnet-name VNET --public-ip-address PIP --location LOCATION',
    url: 'https://learn.microsoft.com/azure/bastion/bastion-overview',
  },
  compliance: { [CIS]: ['9.4.1'] },
  *evaluate(snapshot) {
    const id = subscriptionResource(snapshot.subscriptionId);
    yield snapshot.bastionHostIds.length > 0
      ? pass(id, `${snapshot.bastionHostIds.length} Bastion host(s) in the subscription`)
      : fail(id, 'the subscription has no Azure Bastion host');
  },
});
