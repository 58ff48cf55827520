import { STORAGE, isGeoRedundant } from '../../../providers/azure/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'storage_geo_redundant_for_production',
  scanner: STORAGE,
  reads: ['accounts'],
  resource_type: 'AzureStorageAccount',
  title: 'Production storage accounts are geo-redundant',
  description:
    'Accounts tagged as production (env/environment = prod/production) replicate to a second region (GRS, RA-GRS, GZRS, RA-GZRS).',
  severity: 'medium',
  risk: 'A regional outage or disaster makes the data of a locally or zone-redundant account unavailable, possibly lost.',
  remediation: {
    text: 'Change the redundancy of the account to GRS or GZRS (RA- for read access in the secondary region).',
    cli: 'az storage account update --name ACCOUNT --sku Standard_GZRS',
    url: 'https://learn.microsoft.com/azure/storage/common/storage-redundancy',
  },
  compliance: { [CIS]: ['10.3.12'] },
  *evaluate(snapshot) {
    for (const a of snapshot.accounts) {
      if (!a.production) continue;
      yield isGeoRedundant(a)
        ? pass(a.id, `${a.name} (production) replicates ${a.replication}`)
        : fail(a.id, `${a.name} is tagged production but replicates only ${a.replication}`);
    }
  },
});
