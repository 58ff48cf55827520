import { ELBV2 } from '../../../providers/aws/services/elbv2/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

const WEAK = ['SSLv3', 'TLSv1', 'TLSv1.1'];

export default defineCheck({
  id: 'elbv2_listener_tls_policy_secure',
  scanner: ELBV2,
  reads: ['loadBalancers', 'sslPolicies'],
  resource_type: 'AwsElbv2LoadBalancer',
  title: 'HTTPS and TLS listeners use a security policy without TLS 1.0 or 1.1',
  description:
    'The protocols of each HTTPS/TLS listener’s security policy, as DescribeSSLPolicies reports them: a policy that still allows SSLv3, TLS 1.0 or TLS 1.1 fails. FSBP ELB.17 asks more (a fixed list of recommended policies): elbv2_listener_recommended_security_policy answers it.',
  severity: 'medium',
  risk: 'TLS 1.0 and 1.1 have known weaknesses (BEAST, weak hashes and ciphers) and are refused by PCI DSS; a client can be downgraded to them.',
  remediation: {
    text: 'Switch the listener to a TLS 1.2+ policy, e.g. ELBSecurityPolicy-TLS13-1-2-2021-06 (recommended).',
    cli: 'aws elbv2 modify-listener --listener-arn ARN --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06',
    console:
      'EC2 → Load Balancers → <LB> → Listeners → HTTPS/TLS listener → Edit → Security policy',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
  },
  compliance: {},
  *evaluate(snapshot) {
    for (const lb of snapshot.loadBalancers) {
      if (lb.listeners.state === 'absent') continue;
      if (lb.listeners.state !== 'available') {
        yield unreadable(lb.arn, `the listeners of ${lb.name}`, lb.listeners);
        continue;
      }
      const secured = lb.listeners.value.filter((l) => l.sslPolicy);
      if (secured.length === 0) continue;
      if (snapshot.sslPolicies.state !== 'available') {
        yield unreadable(lb.arn, `the security policies of ${lb.name}`, snapshot.sslPolicies);
        continue;
      }
      const policies = snapshot.sslPolicies.value;
      const unknown = secured.filter((l) => !policies[l.sslPolicy ?? '']);
      const weak = secured.filter((l) =>
        (policies[l.sslPolicy ?? ''] ?? []).some((p) => WEAK.includes(p)),
      );
      if (weak.length > 0) {
        yield {
          resource_id: lb.arn,
          status: 'FAIL',
          reason: `${lb.name} allows TLS below 1.2: ${weak.map((l) => `port ${l.port} (${l.sslPolicy})`).join(', ')}`,
        };
      } else if (unknown.length > 0) {
        yield {
          resource_id: lb.arn,
          status: 'ERROR',
          reason: `the protocols of ${unknown.map((l) => l.sslPolicy).join(', ')} on ${lb.name} were not described by DescribeSSLPolicies`,
        };
      } else {
        yield {
          resource_id: lb.arn,
          status: 'PASS',
          reason: `every HTTPS/TLS listener of ${lb.name} requires TLS 1.2 or later (${[...new Set(secured.map((l) => l.sslPolicy))].join(', ')})`,
        };
      }
    }
  },
});
