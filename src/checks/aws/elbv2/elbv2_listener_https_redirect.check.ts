import { ELBV2 } from '../../../providers/aws/services/elbv2/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'elbv2_listener_https_redirect',
  scanner: ELBV2,
  reads: ['loadBalancers'],
  resource_type: 'AwsElbv2LoadBalancer',
  title: 'Application Load Balancers redirect HTTP to HTTPS',
  description:
    'Every HTTP listener of an Application Load Balancer has a default action that redirects to HTTPS; a listener that forwards or answers in clear text fails.',
  severity: 'medium',
  risk: 'Requests and responses over plain HTTP — session cookies, credentials, personal data — can be read and changed by anyone on the path.',
  remediation: {
    text: 'Give the HTTP listener a default redirect action to HTTPS (port 443, HTTP_301), and serve the application from an HTTPS listener.',
    cli: 'aws elbv2 modify-listener --listener-arn ARN --default-actions Type=redirect,RedirectConfig="{Protocol=HTTPS,Port=443,StatusCode=HTTP_301}"',
    console: 'EC2 → Load Balancers → <ALB> → Listeners → HTTP:80 → Edit → Redirect to HTTPS',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html',
  },
  compliance: { aws_fsbp: ['ELB.1'] },
  *evaluate(snapshot) {
    for (const lb of snapshot.loadBalancers) {
      if (lb.type !== 'application') continue;
      if (lb.listeners.state === 'absent') continue;
      if (lb.listeners.state !== 'available') {
        yield unreadable(lb.arn, `the listeners of ${lb.name}`, lb.listeners);
        continue;
      }
      const clear = lb.listeners.value.filter((l) => l.protocol === 'HTTP' && !l.redirectsToHttps);
      yield clear.length > 0
        ? {
            resource_id: lb.arn,
            status: 'FAIL',
            reason: `${lb.name} serves plain HTTP on port ${clear.map((l) => l.port).join(', ')} without redirecting to HTTPS`,
          }
        : {
            resource_id: lb.arn,
            status: 'PASS',
            reason: `every HTTP listener of ${lb.name} redirects to HTTPS`,
          };
    }
  },
});
