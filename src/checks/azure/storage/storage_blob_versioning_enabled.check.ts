import { STORAGE } from '../../../providers/azure/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, unreadResult } from '../support.js';

export default defineCheck({
  id: 'storage_blob_versioning_enabled',
  scanner: STORAGE,
  reads: ['accounts'],
  resource_type: 'AzureStorageAccount',
  title: 'Blob versioning is enabled',
  description: "The blob service's isVersioningEnabled is true.",
  severity: 'low',
  risk: 'Without versions, an overwrite or a ransomware encryption of a blob loses its previous content.',
  remediation: {
    text: 'Enable blob versioning on the account.',
    cli: 'az storage account blob-service-properties update --account-name ACCOUNT --enable-versioning true',
    url: 'https://learn.microsoft.com/azure/storage/blobs/data-protection-overview',
  },
  compliance: { [CIS]: ['10.2.2'] },
  *evaluate(snapshot) {
    for (const a of snapshot.accounts) {
      if (a.blobService.state !== 'available') {
        yield unreadResult(a.id, `${a.name}'s blob service properties`, a.blobService);
        continue;
      }
      const b = a.blobService.value;
      yield b.versioningEnabled
        ? pass(a.id, `${a.name} keeps blob versions`)
        : fail(a.id, `${a.name} has blob versioning off`);
    }
  },
});
