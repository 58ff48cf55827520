import { COMPUTE } from '../../../providers/gcp/services/compute/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'compute_instance_block_project_ssh_keys',
  scanner: COMPUTE,
  reads: ['instances'],
  resource_type: 'GcpComputeInstance',
  title: 'Instances block project-wide SSH keys',
  description: 'The instance metadata sets block-project-ssh-keys to TRUE.',
  severity: 'medium',
  risk: 'A project-wide SSH key opens every instance of the project: one leaked key reaches them all.',
  remediation: {
    text: 'Set block-project-ssh-keys on the instance and use instance keys or OS Login.',
    cli: 'gcloud compute instances add-metadata INSTANCE --metadata=block-project-ssh-keys=TRUE',
    url: 'https://cloud.google.com/compute/docs/connect/restrict-ssh-keys',
  },
  compliance: { [CIS]: ['4.3'] },
  *evaluate(snapshot) {
    for (const vm of snapshot.instances) {
      yield vm.metadata.blockProjectSshKeys !== true
        ? fail(vm.id, `${vm.name} accepts project-wide SSH keys`)
        : pass(vm.id, `${vm.name} blocks project-wide SSH keys`);
    }
  },
});
