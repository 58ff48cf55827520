import { COMPUTE, type GcpInstance } from '../../../providers/gcp/services/compute/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

const external = (vm: GcpInstance) => {
  const ips = vm.networkInterfaces.flatMap((nic) => nic.externalIps);
  return ips.length > 0 ? ` (${ips.join(', ')})` : '';
};

export default defineCheck({
  id: 'compute_instance_no_public_ip',
  scanner: COMPUTE,
  reads: ['instances'],
  resource_type: 'GcpComputeInstance',
  title: 'Instances have no external IP address',
  description: 'No network interface of the instance (GKE nodes aside) has an access config.',
  severity: 'high',
  risk: 'An external address exposes the instance to the internet, where its open ports and services can be attacked directly.',
  remediation: {
    text: 'Remove the access config and reach the instance through Cloud NAT, IAP or a load balancer.',
    cli: 'gcloud compute instances delete-access-config INSTANCE --access-config-name="External NAT"',
    url: 'https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address#disableexternalip',
  },
  compliance: { [CIS]: ['4.9'] },
  *evaluate(snapshot) {
    for (const vm of snapshot.instances) {
      // GKE manages its nodes' service account, forwarding and addresses itself.
      if (vm.name.startsWith('gke-')) continue;
      yield vm.networkInterfaces.some((nic) => nic.hasExternalAccess)
        ? fail(vm.id, `${vm.name} has an external IP${external(vm)}`)
        : pass(vm.id, `${vm.name} has no external IP`);
    }
  },
});
