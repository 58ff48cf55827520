import { COMPUTE } from '../../../providers/gcp/services/compute/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'compute_subnet_flow_logs_enabled',
  scanner: COMPUTE,
  reads: ['subnetworks'],
  resource_type: 'GcpComputeSubnetwork',
  title: 'VPC Flow Logs are enabled on every subnetwork',
  description: 'Each ordinary (PRIVATE purpose) subnetwork has logConfig.enable true.',
  severity: 'low',
  risk: 'Without flow logs, traffic to and from instances cannot be investigated after an incident.',
  remediation: {
    text: 'Enable flow logs on the subnetwork (sampling and aggregation as the cost allows).',
    cli: 'gcloud compute networks subnets update SUBNET --region=REGION --enable-flow-logs',
    url: 'https://cloud.google.com/vpc/docs/using-flow-logs',
  },
  compliance: { [CIS]: ['3.8'] },
  *evaluate(snapshot) {
    for (const subnet of snapshot.subnetworks) {
      // Proxy-only and Private Service Connect subnets carry no VM traffic and take no flow logs.
      if (subnet.purpose !== 'PRIVATE') continue;
      yield subnet.flowLogs
        ? pass(subnet.id, `${subnet.name} (${subnet.region}) has flow logs on`)
        : fail(subnet.id, `${subnet.name} (${subnet.region}) has flow logs off`);
    }
  },
});
