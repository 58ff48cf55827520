import { STORAGE } from '../../../providers/azure/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'storage_default_network_access_deny',
  scanner: STORAGE,
  reads: ['accounts'],
  resource_type: 'AzureStorageAccount',
  title: 'Storage account firewalls deny by default',
  description: 'networkAcls.defaultAction is Deny: only listed networks and addresses get through.',
  severity: 'medium',
  risk: 'With Allow as the default, the firewall rules restrict nothing.',
  remediation: {
    text: "Set the default action of the account's firewall to Deny and list the networks that need access.",
    cli: 'az storage account update --name ACCOUNT --default-action Deny',
    url: 'https://learn.microsoft.com/azure/storage/common/security-recommendations',
  },
  compliance: { [CIS]: ['10.3.2.3'] },
  *evaluate(snapshot) {
    for (const a of snapshot.accounts) {
      yield a.networkDefaultAction === 'Deny'
        ? pass(a.id, `${a.name} denies networks it does not list`)
        : fail(a.id, `${a.name} allows every network by default`);
    }
  },
});
