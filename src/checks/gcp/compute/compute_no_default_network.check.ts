import { COMPUTE } from '../../../providers/gcp/services/compute/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, projectResource } from '../support.js';

export default defineCheck({
  id: 'compute_no_default_network',
  scanner: COMPUTE,
  reads: ['project', 'networks'],
  resource_type: 'GcpProject',
  title: 'The project has no default network',
  description:
    'No VPC network named default (auto mode, with permissive pre-populated firewall rules).',
  severity: 'medium',
  risk: 'The default network creates a subnet in every region and firewall rules that allow SSH, RDP and ICMP from anywhere.',
  remediation: {
    text: 'Move workloads to a custom-mode network with explicit firewall rules, then delete the default network.',
    cli: 'gcloud compute networks delete default',
    url: 'https://cloud.google.com/vpc/docs/vpc#default-network',
  },
  compliance: { [CIS]: ['3.1'] },
  *evaluate(snapshot) {
    const found = snapshot.networks.find((n) => n.name === 'default');
    const project = projectResource(snapshot.project);
    yield found
      ? fail(project, `${snapshot.project} has the default network`)
      : pass(project, `${snapshot.project} has no default network`);
  },
});
