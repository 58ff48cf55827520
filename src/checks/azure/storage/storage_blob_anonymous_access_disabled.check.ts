import { STORAGE } from '../../../providers/azure/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'storage_blob_anonymous_access_disabled',
  scanner: STORAGE,
  reads: ['accounts'],
  resource_type: 'AzureStorageAccount',
  title: 'Storage accounts disallow anonymous blob access',
  description:
    'allowBlobPublicAccess is false: no container can be made readable without credentials.',
  severity: 'high',
  risk: 'One container set to public exposes every blob in it to the whole Internet.',
  remediation: {
    text: "Set 'Allow Blob anonymous access' to Disabled on the account.",
    cli: 'az storage account update --name ACCOUNT --allow-blob-public-access false',
    url: 'https://learn.microsoft.com/azure/storage/common/security-recommendations',
  },
  compliance: { [CIS]: ['10.3.9'] },
  *evaluate(snapshot) {
    for (const a of snapshot.accounts) {
      yield !a.allowBlobPublicAccess
        ? pass(a.id, `${a.name} allows no anonymous blob access`)
        : fail(a.id, `${a.name} lets containers allow anonymous reads`);
    }
  },
});
