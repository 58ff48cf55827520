import { STORAGE } from '../../../providers/azure/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'storage_trusted_services_allowed',
  scanner: STORAGE,
  reads: ['accounts'],
  resource_type: 'AzureStorageAccount',
  title: 'Storage firewalls let trusted Azure services through',
  description:
    'networkAcls.bypass includes AzureServices, so Backup, Monitor and the like still work behind the firewall.',
  severity: 'low',
  risk: 'Without the exception, logging and backup services silently fail to reach a restricted account.',
  remediation: {
    text: "Tick 'Allow Azure services on the trusted services list to access this storage account'.",
    cli: 'az storage account update --name ACCOUNT --bypass AzureServices',
    url: 'https://learn.microsoft.com/azure/storage/common/security-recommendations',
  },
  compliance: { [CIS]: ['10.3.5'] },
  *evaluate(snapshot) {
    for (const a of snapshot.accounts) {
      yield a.networkBypass.includes('AzureServices')
        ? pass(a.id, `${a.name} lets trusted Azure services through its firewall`)
        : fail(
            a.id,
            `${a.name} blocks trusted Azure services (bypass ${a.networkBypass.join(',')})`,
          );
    }
  },
});
