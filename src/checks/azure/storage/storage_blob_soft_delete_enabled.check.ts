import { STORAGE } from '../../../providers/azure/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, unreadResult } from '../support.js';

export default defineCheck({
  id: 'storage_blob_soft_delete_enabled',
  scanner: STORAGE,
  reads: ['accounts'],
  resource_type: 'AzureStorageAccount',
  title: 'Blob soft delete is enabled',
  description: "The blob service's deleteRetentionPolicy is enabled.",
  severity: 'medium',
  risk: 'A deleted or overwritten blob cannot be recovered.',
  remediation: {
    text: 'Enable soft delete for blobs (7 days or more).',
    cli: 'az storage account blob-service-properties update --account-name ACCOUNT --enable-delete-retention true --delete-retention-days 7',
    url: 'https://learn.microsoft.com/azure/storage/blobs/data-protection-overview',
  },
  compliance: { [CIS]: ['10.2.1'] },
  *evaluate(snapshot) {
    for (const a of snapshot.accounts) {
      if (a.blobService.state !== 'available') {
        yield unreadResult(a.id, `${a.name}'s blob service properties`, a.blobService);
        continue;
      }
      const b = a.blobService.value;
      yield b.blobSoftDeleteEnabled
        ? pass(a.id, `${a.name} keeps deleted blobs ${b.blobSoftDeleteDays ?? '?'} days`)
        : fail(a.id, `${a.name} has blob soft delete off`);
    }
  },
});
