import { STORAGE } from '../../../providers/azure/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'storage_shared_key_access_disabled',
  scanner: STORAGE,
  reads: ['accounts'],
  resource_type: 'AzureStorageAccount',
  title: 'Storage accounts disallow shared key authorization',
  description:
    'allowSharedKeyAccess is false: requests must be authorized with Microsoft Entra ID.',
  severity: 'medium',
  risk: 'Account keys grant full access, never expire on their own, and are often leaked in connection strings.',
  remediation: {
    text: "Move clients to Microsoft Entra authorization, then set 'Allow storage account key access' to Disabled.",
    cli: 'az storage account update --name ACCOUNT --allow-shared-key-access false',
    url: 'https://learn.microsoft.com/azure/storage/common/security-recommendations',
  },
  compliance: { [CIS]: ['10.3.1.3'] },
  *evaluate(snapshot) {
    for (const a of snapshot.accounts) {
      yield !a.allowSharedKeyAccess
        ? pass(a.id, `${a.name} refuses shared key authorization`)
        : fail(a.id, `${a.name} accepts requests signed with its account keys`);
    }
  },
});
