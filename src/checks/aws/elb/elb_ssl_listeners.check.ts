import { ELB, TLS_PROTOCOLS } from '../../../providers/aws/services/elb/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'elb_ssl_listeners',
  scanner: ELB,
  reads: ['loadBalancers'],
  resource_type: 'AwsElbLoadBalancer',
  title: 'Classic Load Balancer listeners terminate HTTPS or TLS',
  description:
    'Every listener of each Classic Load Balancer uses the HTTPS or SSL protocol (DescribeLoadBalancers).',
  severity: 'medium',
  risk: 'An HTTP or TCP listener carries requests, cookies and credentials in clear between clients and the load balancer: anyone on the path can read or alter them.',
  remediation: {
    text: 'Replace HTTP/TCP listeners with HTTPS/SSL ones using an ACM certificate (keep port 80 only if the application redirects it).',
    cli: 'aws elb create-load-balancer-listeners --load-balancer-name NAME --listeners Protocol=HTTPS,LoadBalancerPort=443,InstanceProtocol=HTTP,InstancePort=80,SSLCertificateId=CERT_ARN',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-create-https-ssl-load-balancer.html',
  },
  compliance: { aws_fsbp: ['ELB.3'] },
  *evaluate(snapshot) {
    for (const lb of snapshot.loadBalancers) {
      const clear = lb.listeners.filter((l) => !TLS_PROTOCOLS.includes(l.protocol));
      if (lb.listeners.length === 0) {
        yield { resource_id: lb.arn, status: 'PASS', reason: `${lb.name} has no listener` };
        continue;
      }
      yield clear.length === 0
        ? {
            resource_id: lb.arn,
            status: 'PASS',
            reason: `every listener of ${lb.name} terminates TLS`,
          }
        : {
            resource_id: lb.arn,
            status: 'FAIL',
            reason: `${lb.name} listens in clear on ${clear.map((l) => `${l.protocol}:${l.port}`).join(', ')}`,
          };
    }
  },
});
