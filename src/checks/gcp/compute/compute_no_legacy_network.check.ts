import { COMPUTE } from '../../../providers/gcp/services/compute/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'compute_no_legacy_network',
  scanner: COMPUTE,
  reads: ['networks'],
  resource_type: 'GcpComputeNetwork',
  title: 'No legacy (pre-VPC) networks',
  description: 'No network has a single legacy IPv4 range instead of subnetworks.',
  severity: 'medium',
  risk: 'A legacy network has one IP range and one gateway for every region: no subnet-level control, no flow logs, no Private Google Access.',
  remediation: {
    text: 'Create a VPC network with subnetworks, migrate the instances, and delete the legacy network.',
    url: 'https://cloud.google.com/vpc/docs/legacy',
  },
  compliance: { [CIS]: ['3.2'] },
  *evaluate(snapshot) {
    for (const network of snapshot.networks) {
      yield network.legacy
        ? fail(network.id, `${network.name} is a legacy network`)
        : pass(network.id, `${network.name} is a VPC network`);
    }
  },
});
