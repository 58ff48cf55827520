import { STORAGE, requiresTls12 } from '../../../providers/azure/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'storage_minimum_tls_1_2',
  scanner: STORAGE,
  reads: ['accounts'],
  resource_type: 'AzureStorageAccount',
  title: 'Storage accounts refuse TLS below 1.2',
  description: 'minimumTlsVersion is TLS1_2 or later.',
  severity: 'medium',
  risk: 'TLS 1.0 and 1.1 have known weaknesses; clients can be downgraded to them.',
  remediation: {
    text: 'Set the minimum TLS version of the account to 1.2.',
    cli: 'az storage account update --name ACCOUNT --min-tls-version TLS1_2',
    url: 'https://learn.microsoft.com/azure/storage/common/security-recommendations',
  },
  compliance: { [CIS]: ['10.3.7'] },
  *evaluate(snapshot) {
    for (const a of snapshot.accounts) {
      yield requiresTls12(a)
        ? pass(a.id, `${a.name} requires ${a.minimumTlsVersion}`)
        : fail(a.id, `${a.name} accepts ${a.minimumTlsVersion}`);
    }
  },
});
