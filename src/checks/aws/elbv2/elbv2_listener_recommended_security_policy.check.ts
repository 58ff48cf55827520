import { ELBV2 } from '../../../providers/aws/services/elbv2/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

/**
 * The policies FSBP ELB.17 accepts (its `sslPolicies` parameter, not customizable): TLS 1.3 only,
 * or TLS 1.2 with the restricted (`-Res-`) cipher set, each with its FIPS and post-quantum variants.
 */
export const ELB17_RECOMMENDED_POLICIES: readonly string[] = [
  'ELBSecurityPolicy-TLS13-1-3-2021-06',
  'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09',
];

export default defineCheck({
  id: 'elbv2_listener_recommended_security_policy',
  scanner: ELBV2,
  reads: ['loadBalancers'],
  resource_type: 'AwsElbv2LoadBalancer',
  title: 'Application and Network Load Balancers with listeners use recommended security policies',
  description:
    'DescribeListeners SslPolicy of each HTTPS (ALB) and TLS (NLB) listener: as FSBP ELB.17, a policy outside its fixed list fails — ELBSecurityPolicy-TLS13-1-3-2021-06, -TLS13-1-2-Res-2021-06, their FIPS (2023-04) and post-quantum (PQ-2025-09) variants. ELBSecurityPolicy-TLS13-1-2-2021-06, the console’s default, fails: it keeps CBC ciphers the restricted set drops. A load balancer without HTTPS or TLS listeners is not judged; elbv2_listener_tls_policy_secure judges the TLS versions alone.',
  severity: 'medium',
  risk: 'Policies outside the recommended set still negotiate weaker cipher suites (CBC modes, SHA-1 MACs) or older protocols with clients that ask for them.',
  remediation: {
    text: 'Switch each HTTPS/TLS listener to ELBSecurityPolicy-TLS13-1-2-Res-2021-06 (TLS 1.2 and 1.3, restricted ciphers) or a TLS 1.3-only policy.',
    cli: 'aws elbv2 modify-listener --listener-arn ARN --ssl-policy ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
    console:
      'EC2 → Load Balancers → <LB> → Listeners → HTTPS/TLS listener → Edit → Security policy',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-17',
  },
  compliance: { aws_fsbp: ['ELB.17'] },
  *evaluate(snapshot) {
    for (const lb of snapshot.loadBalancers) {
      if (lb.listeners.state === 'absent') continue;
      if (lb.listeners.state !== 'available') {
        yield unreadable(lb.arn, `the listeners of ${lb.name}`, lb.listeners);
        continue;
      }
      const secured = lb.listeners.value.filter((l) => l.sslPolicy);
      if (secured.length === 0) continue;
      const off = secured.filter((l) => !ELB17_RECOMMENDED_POLICIES.includes(l.sslPolicy ?? ''));
      const listed = (ls: typeof secured) =>
        ls.map((l) => `port ${l.port} (${l.sslPolicy})`).join(', ');
      yield off.length === 0
        ? {
            resource_id: lb.arn,
            status: 'PASS',
            reason: `every HTTPS/TLS listener of ${lb.name} uses a recommended policy: ${listed(secured)}`,
          }
        : {
            resource_id: lb.arn,
            status: 'FAIL',
            reason: `${lb.name} has listeners on a policy outside the recommended ones: ${listed(off)}`,
          };
    }
  },
});
