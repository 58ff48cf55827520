import { STORAGE } from '../../../providers/azure/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'storage_default_to_entra_authorization',
  scanner: STORAGE,
  reads: ['accounts'],
  resource_type: 'AzureStorageAccount',
  title: 'The portal authorizes storage requests with Microsoft Entra ID',
  description: 'defaultToOAuthAuthentication is true.',
  severity: 'low',
  risk: 'The portal otherwise uses the account keys, which hides who accessed the data.',
  remediation: {
    text: "Set 'Default to Microsoft Entra authorization in the Azure portal' to Enabled.",
    cli: 'az storage account update --name ACCOUNT --set defaultToOAuthAuthentication=true',
    url: 'https://learn.microsoft.com/azure/storage/common/security-recommendations',
  },
  compliance: { [CIS]: ['10.3.3.1'] },
  *evaluate(snapshot) {
    for (const a of snapshot.accounts) {
      yield a.defaultToOAuthAuthentication
        ? pass(a.id, `${a.name} defaults to Microsoft Entra authorization`)
        : fail(a.id, `${a.name} defaults to account-key authorization in the portal`);
    }
  },
});
