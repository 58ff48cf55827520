import { COMPUTE } from '../../../providers/gcp/services/compute/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'compute_instance_confidential_computing_enabled',
  scanner: COMPUTE,
  reads: ['instances'],
  resource_type: 'GcpComputeInstance',
  title: 'Instances use Confidential Computing',
  description: 'confidentialInstanceConfig.enableConfidentialCompute is true.',
  severity: 'low',
  risk: 'Data in use is held in clear in memory, readable by a compromised hypervisor or host.',
  remediation: {
    text: 'Confidential VMs are chosen at creation on supported machine types (N2D, C2D, C3…): recreate the instance.',
    url: 'https://cloud.google.com/confidential-computing/confidential-vm/docs/creating-cvm-instance',
  },
  compliance: { [CIS]: ['4.11'] },
  *evaluate(snapshot) {
    for (const vm of snapshot.instances) {
      yield !vm.confidentialCompute
        ? fail(vm.id, `${vm.name} is not a Confidential VM`)
        : pass(vm.id, `${vm.name} is a Confidential VM`);
    }
  },
});
