import {
  ELB,
  listenerSslPolicy,
  STRONG_SSL_POLICIES,
  TLS_PROTOCOLS,
} from '../../../providers/aws/services/elb/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'elb_insecure_ssl_ciphers',
  scanner: ELB,
  reads: ['loadBalancers'],
  resource_type: 'AwsElbLoadBalancer',
  title:
    'Classic Load Balancers with HTTPS/SSL listeners use the strong predefined security policy',
  description: `Each HTTPS/SSL listener's SSL negotiation policy references ${STRONG_SSL_POLICIES.join(' or ')} (DescribeLoadBalancerPolicies: Reference-Security-Policy). A custom policy fails.`,
  severity: 'medium',
  risk: 'Older or custom policies allow TLS 1.0/1.1 and weak ciphers: traffic can be downgraded and decrypted.',
  remediation: {
    text: `Create an SSL negotiation policy from ${STRONG_SSL_POLICIES[0]} and set it on every HTTPS/SSL listener.`,
    cli: `aws elb create-load-balancer-policy --load-balancer-name NAME --policy-name tls12 --policy-type-name SSLNegotiationPolicyType --policy-attributes AttributeName=Reference-Security-Policy,AttributeValue=${STRONG_SSL_POLICIES[0]} && aws elb set-load-balancer-policies-of-listener --load-balancer-name NAME --load-balancer-port 443 --policy-names tls12`,
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html',
  },
  compliance: { aws_fsbp: ['ELB.8'] },
  *evaluate(snapshot) {
    for (const lb of snapshot.loadBalancers) {
      const tls = lb.listeners.filter((l) => TLS_PROTOCOLS.includes(l.protocol));
      if (tls.length === 0) continue;
      if (lb.policies.state === 'absent') continue;
      if (lb.policies.state !== 'available') {
        yield unreadable(lb.arn, `the policies of ${lb.name}`, lb.policies);
        continue;
      }
      const weak = tls.flatMap((l) => {
        const policy = listenerSslPolicy(l, lb.policies);
        return policy && STRONG_SSL_POLICIES.includes(policy)
          ? []
          : [`${l.protocol}:${l.port} (${policy ?? 'no SSL negotiation policy'})`];
      });
      yield weak.length === 0
        ? {
            resource_id: lb.arn,
            status: 'PASS',
            reason: `every HTTPS/SSL listener of ${lb.name} uses ${STRONG_SSL_POLICIES.join(' or ')}`,
          }
        : {
            resource_id: lb.arn,
            status: 'FAIL',
            reason: `${lb.name}: ${weak.join(', ')} not on a strong predefined policy`,
          };
    }
  },
});
