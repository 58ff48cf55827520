import { STORAGE } from '../../../providers/azure/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, unreadResult } from '../support.js';

export default defineCheck({
  id: 'storage_container_soft_delete_enabled',
  scanner: STORAGE,
  reads: ['accounts'],
  resource_type: 'AzureStorageAccount',
  title: 'Container soft delete is enabled',
  description: "The blob service's containerDeleteRetentionPolicy is enabled.",
  severity: 'medium',
  risk: 'A deleted container, and every blob in it, cannot be recovered.',
  remediation: {
    text: 'Enable soft delete for containers (7 days or more).',
    cli: 'az storage account blob-service-properties update --account-name ACCOUNT --enable-container-delete-retention true --container-delete-retention-days 7',
    url: 'https://learn.microsoft.com/azure/storage/blobs/data-protection-overview',
  },
  compliance: { [CIS]: ['10.3.6'] },
  *evaluate(snapshot) {
    for (const a of snapshot.accounts) {
      if (a.blobService.state !== 'available') {
        yield unreadResult(a.id, `${a.name}'s blob service properties`, a.blobService);
        continue;
      }
      const b = a.blobService.value;
      yield b.containerSoftDeleteEnabled
        ? pass(a.id, `${a.name} keeps deleted containers ${b.containerSoftDeleteDays ?? '?'} days`)
        : fail(a.id, `${a.name} has container soft delete off`);
    }
  },
});
