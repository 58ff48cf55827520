import { COMPUTE, type GcpInstance } from '../../../providers/gcp/services/compute/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

const missing = (vm: GcpInstance) =>
  [
    vm.shieldedVm.secureBoot ? undefined : 'Secure Boot',
    vm.shieldedVm.vtpm ? undefined : 'vTPM',
    vm.shieldedVm.integrityMonitoring ? undefined : 'integrity monitoring',
  ].filter(Boolean);

export default defineCheck({
  id: 'compute_instance_shielded_vm_enabled',
  scanner: COMPUTE,
  reads: ['instances'],
  resource_type: 'GcpComputeInstance',
  title: 'Instances run as Shielded VMs',
  description: 'Secure Boot, vTPM and integrity monitoring are all on.',
  severity: 'medium',
  risk: 'Without Shielded VM, boot-level malware and rootkits go undetected.',
  remediation: {
    text: 'Stop the instance and turn on Secure Boot, vTPM and integrity monitoring (the image must support Shielded VM).',
    cli: 'gcloud compute instances update INSTANCE --shielded-secure-boot --shielded-vtpm --shielded-integrity-monitoring',
    url: 'https://cloud.google.com/compute/shielded-vm/docs/modifying-shielded-vm',
  },
  compliance: { [CIS]: ['4.8'] },
  *evaluate(snapshot) {
    for (const vm of snapshot.instances) {
      yield !(vm.shieldedVm.secureBoot && vm.shieldedVm.vtpm && vm.shieldedVm.integrityMonitoring)
        ? fail(vm.id, `${vm.name} lacks ${missing(vm).join(', ')}`)
        : pass(vm.id, `${vm.name} is a Shielded VM`);
    }
  },
});
