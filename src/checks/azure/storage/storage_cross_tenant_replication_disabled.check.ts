import { STORAGE } from '../../../providers/azure/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'storage_cross_tenant_replication_disabled',
  scanner: STORAGE,
  reads: ['accounts'],
  resource_type: 'AzureStorageAccount',
  title: 'Storage accounts disallow cross-tenant replication',
  description: 'allowCrossTenantReplication is false.',
  severity: 'medium',
  risk: "Object replication to another tenant can copy data out of the organization's control.",
  remediation: {
    text: "Set 'Allow cross-tenant replication' to Disabled.",
    cli: 'az storage account update --name ACCOUNT --allow-cross-tenant-replication false',
    url: 'https://learn.microsoft.com/azure/storage/common/security-recommendations',
  },
  compliance: { [CIS]: ['10.3.8'] },
  *evaluate(snapshot) {
    for (const a of snapshot.accounts) {
      yield !a.allowCrossTenantReplication
        ? pass(a.id, `${a.name} allows no cross-tenant replication`)
        : fail(a.id, `${a.name} allows object replication to other tenants`);
    }
  },
});
