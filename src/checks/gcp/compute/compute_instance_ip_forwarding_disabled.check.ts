import { COMPUTE } from '../../../providers/gcp/services/compute/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'compute_instance_ip_forwarding_disabled',
  scanner: COMPUTE,
  reads: ['instances'],
  resource_type: 'GcpComputeInstance',
  title: 'Instances do not forward IP packets',
  description: 'canIpForward is false on every instance (GKE nodes aside).',
  severity: 'medium',
  risk: 'An instance that forwards packets can route traffic around firewall rules and act as a pivot.',
  remediation: {
    text: 'IP forwarding can only be set at creation: recreate the instance without --can-ip-forward.',
    url: 'https://cloud.google.com/vpc/docs/using-routes#canipforward',
  },
  compliance: { [CIS]: ['4.6'] },
  *evaluate(snapshot) {
    for (const vm of snapshot.instances) {
      // GKE manages its nodes' service account, forwarding and addresses itself.
      if (vm.name.startsWith('gke-')) continue;
      yield vm.canIpForward
        ? fail(vm.id, `${vm.name} has IP forwarding enabled`)
        : pass(vm.id, `${vm.name} does not forward IP packets`);
    }
  },
});
