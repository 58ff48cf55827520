import { COMPUTE } from '../../../providers/gcp/services/compute/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';
import { opensToInternet } from './ports.js';

export default defineCheck({
  id: 'compute_firewall_rdp_restricted',
  scanner: COMPUTE,
  reads: ['firewalls'],
  resource_type: 'GcpComputeFirewall',
  title: 'Firewall rules do not allow RDP (port 3389) from the internet',
  description: 'No enabled ingress rule allows TCP port 3389 from 0.0.0.0/0 or ::/0.',
  severity: 'high',
  risk: 'RDP open to the whole internet invites brute force and exploitation of the remote access service on every instance the rule targets.',
  remediation: {
    text: 'Restrict the rule’s source ranges to known networks, or reach instances through Identity-Aware Proxy TCP forwarding (35.235.240.0/20) instead.',
    cli: 'gcloud compute firewall-rules update RULE --source-ranges=CIDR',
    url: 'https://cloud.google.com/vpc/docs/using-firewalls',
  },
  compliance: { [CIS]: ['3.7'] },
  *evaluate(snapshot) {
    for (const rule of snapshot.firewalls) {
      if (rule.direction !== 'INGRESS') continue;
      yield opensToInternet(rule, 3389)
        ? fail(rule.id, `${rule.name} allows port 3389 from ${rule.sourceRanges.join(', ')}`)
        : pass(rule.id, `${rule.name} does not allow port 3389 from the internet`);
    }
  },
});
