import { STORAGE } from '../../../providers/azure/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'storage_secure_transfer_required',
  scanner: STORAGE,
  reads: ['accounts'],
  resource_type: 'AzureStorageAccount',
  title: 'Storage accounts require secure transfer (HTTPS)',
  description:
    'supportsHttpsTrafficOnly is true: the account refuses plain HTTP and unencrypted SMB.',
  severity: 'high',
  risk: 'Requests over plain HTTP expose data and shared-key signatures to anyone on the path.',
  remediation: {
    text: "Turn on 'Secure transfer required' on the account.",
    cli: 'az storage account update --name ACCOUNT --https-only true',
    url: 'https://learn.microsoft.com/azure/storage/common/security-recommendations',
  },
  compliance: { [CIS]: ['10.3.4'] },
  *evaluate(snapshot) {
    for (const a of snapshot.accounts) {
      yield a.httpsOnly
        ? pass(a.id, `${a.name} requires HTTPS`)
        : fail(a.id, `${a.name} accepts plain HTTP`);
    }
  },
});
