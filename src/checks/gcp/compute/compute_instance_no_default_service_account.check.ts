import { COMPUTE } from '../../../providers/gcp/services/compute/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, isDefaultComputeAccount } from '../support.js';

export default defineCheck({
  id: 'compute_instance_no_default_service_account',
  scanner: COMPUTE,
  reads: ['instances'],
  resource_type: 'GcpComputeInstance',
  title: 'Instances do not run as the Compute Engine default service account',
  description:
    'No instance (GKE nodes aside) is attached to PROJECT_NUMBER-compute@developer.gserviceaccount.com.',
  severity: 'medium',
  risk: 'The default service account holds the Editor role on the project: any code on the VM can change almost anything.',
  remediation: {
    text: 'Create a dedicated service account with only the roles the workload needs and attach it to the instance (the instance must be stopped).',
    cli: 'gcloud compute instances set-service-account INSTANCE --service-account=EMAIL --scopes=cloud-platform',
    url: 'https://cloud.google.com/compute/docs/access/create-enable-service-accounts-for-instances',
  },
  compliance: { [CIS]: ['4.1'] },
  *evaluate(snapshot) {
    for (const vm of snapshot.instances) {
      // GKE manages its nodes' service account, forwarding and addresses itself.
      if (vm.name.startsWith('gke-')) continue;
      yield vm.serviceAccounts.some((sa) => isDefaultComputeAccount(sa.email))
        ? fail(vm.id, `${vm.name} runs as the default service account`)
        : pass(vm.id, `${vm.name} does not use the default service account`);
    }
  },
});
