import { COMPUTE } from '../../../providers/gcp/services/compute/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, isDefaultComputeAccount } from '../support.js';

const FULL_ACCESS = 'https://www.googleapis.com/auth/cloud-platform';

export default defineCheck({
  id: 'compute_instance_default_sa_no_full_api_access',
  scanner: COMPUTE,
  reads: ['instances'],
  resource_type: 'GcpComputeInstance',
  title: 'Instances do not use the default service account with full API access',
  description: 'No instance combines the default service account with the cloud-platform scope.',
  severity: 'high',
  risk: 'Full access to every Cloud API as the Editor-holding default account lets code on the VM take over the project.',
  remediation: {
    text: 'Attach a dedicated service account, or narrow the access scopes of the default one.',
    cli: 'gcloud compute instances set-service-account INSTANCE --service-account=EMAIL --scopes=SCOPES',
    url: 'https://cloud.google.com/compute/docs/access/service-accounts#default_service_account',
  },
  compliance: { [CIS]: ['4.2'] },
  *evaluate(snapshot) {
    for (const vm of snapshot.instances) {
      yield vm.serviceAccounts.some(
        (sa) => isDefaultComputeAccount(sa.email) && sa.scopes.includes(FULL_ACCESS),
      )
        ? fail(
            vm.id,
            `${vm.name} runs as the default service account with full access to all Cloud APIs`,
          )
        : pass(vm.id, `${vm.name} has no default service account with full API access`);
    }
  },
});
