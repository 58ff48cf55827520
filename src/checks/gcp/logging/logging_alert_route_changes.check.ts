import { alertCheck } from './alerting.js';

export default alertCheck({
  id: 'logging_alert_route_changes',
  control: '2.8',
  subject: 'VPC network route changes',
  needles: ['resource.type="gce_route"', 'compute.routes.delete', 'compute.routes.insert'],
  filter:
    'resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")',
});
