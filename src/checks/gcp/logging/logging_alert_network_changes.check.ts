import { alertCheck } from './alerting.js';

export default alertCheck({
  id: 'logging_alert_network_changes',
  control: '2.9',
  subject: 'VPC network changes',
  needles: [
    'resource.type="gce_network"',
    'compute.networks.insert',
    'compute.networks.patch',
    'compute.networks.delete',
    'compute.networks.removePeering',
    'compute.networks.addPeering',
  ],
  filter:
    'resource.type="gce_network" AND (protoPayload.methodName:"compute.networks.insert" OR protoPayload.methodName:"compute.networks.patch" OR protoPayload.methodName:"compute.networks.delete" OR protoPayload.methodName:"compute.networks.removePeering" OR protoPayload.methodName:"compute.networks.addPeering")',
});
