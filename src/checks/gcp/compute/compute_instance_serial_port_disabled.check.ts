import { COMPUTE } from '../../../providers/gcp/services/compute/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, unreadResult } from '../support.js';

export default defineCheck({
  id: 'compute_instance_serial_port_disabled',
  scanner: COMPUTE,
  reads: ['instances', 'projectMetadata'],
  resource_type: 'GcpComputeInstance',
  title: 'Instances do not accept interactive serial console connections',
  description:
    'serial-port-enable is not TRUE on the instance, nor inherited from the project metadata.',
  severity: 'medium',
  risk: 'The interactive serial console accepts connections from any IP address and bypasses firewall rules.',
  remediation: {
    text: 'Remove serial-port-enable (or set it to FALSE) on the instance and in the project metadata.',
    cli: 'gcloud compute instances add-metadata INSTANCE --metadata=serial-port-enable=FALSE',
    url: 'https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console',
  },
  compliance: { [CIS]: ['4.5'] },
  *evaluate(snapshot) {
    const metadata = snapshot.projectMetadata;
    for (const vm of snapshot.instances) {
      const own = vm.metadata.serialPortEnable;
      if (own === undefined && metadata.state !== 'available') {
        yield unreadResult(vm.id, `${vm.name}’s inherited project metadata`, metadata);
        continue;
      }
      const enabled =
        own ?? (metadata.state === 'available' && metadata.value.serialPortEnable === true);
      const from = own === undefined ? ' (from the project metadata)' : '';
      yield enabled
        ? fail(vm.id, `${vm.name} accepts serial console connections${from}`)
        : pass(vm.id, `${vm.name} does not accept serial console connections`);
    }
  },
});
