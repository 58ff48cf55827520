import { STORAGE } from '../../../providers/azure/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'storage_private_endpoints_used',
  scanner: STORAGE,
  reads: ['accounts'],
  resource_type: 'AzureStorageAccount',
  title: 'Storage accounts are reached through private endpoints',
  description: 'The account has at least one private endpoint connection.',
  severity: 'medium',
  risk: 'Without a private endpoint, traffic to the account crosses public networks.',
  remediation: {
    text: 'Create a private endpoint for the account in the virtual network of its clients.',
    cli: 'az network private-endpoint create --name PE --resource-group RG --vnet-name VNET --subnet SUBNET --private-connection-resource-id ACCOUNT_ID --group-id blob --connection-name PE',
    url: 'https://learn.microsoft.com/azure/storage/common/security-recommendations',
  },
  compliance: { [CIS]: ['10.3.2.1'] },
  *evaluate(snapshot) {
    for (const a of snapshot.accounts) {
      yield a.privateEndpointCount > 0
        ? pass(a.id, `${a.name} has ${a.privateEndpointCount} private endpoint(s)`)
        : fail(a.id, `${a.name} has no private endpoint`);
    }
  },
});
