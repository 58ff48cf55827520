import { STORAGE } from '../../../providers/azure/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'storage_public_network_access_disabled',
  scanner: STORAGE,
  reads: ['accounts'],
  resource_type: 'AzureStorageAccount',
  title: 'Storage accounts disable public network access',
  description: 'publicNetworkAccess is Disabled: only private endpoints reach the account.',
  severity: 'medium',
  risk: 'A public endpoint is reachable from anywhere; only keys and tokens stand between it and the Internet.',
  remediation: {
    text: "Set 'Public network access' to Disabled and reach the account through private endpoints.",
    cli: 'az storage account update --name ACCOUNT --public-network-access Disabled',
    url: 'https://learn.microsoft.com/azure/storage/common/security-recommendations',
  },
  compliance: { [CIS]: ['10.3.2.2'] },
  *evaluate(snapshot) {
    for (const a of snapshot.accounts) {
      yield a.publicNetworkAccess === 'Disabled'
        ? pass(a.id, `${a.name} has public network access disabled`)
        : fail(a.id, `${a.name} has public network access ${a.publicNetworkAccess}`);
    }
  },
});
