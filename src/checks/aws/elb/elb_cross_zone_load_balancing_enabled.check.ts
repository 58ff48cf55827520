import { ELB } from '../../../providers/aws/services/elb/model.js';
import { defineCheck } from '../../define.js';
import { judgeAttributes } from './attribute-check.js';

export default defineCheck({
  id: 'elb_cross_zone_load_balancing_enabled',
  scanner: ELB,
  reads: ['loadBalancers'],
  resource_type: 'AwsElbLoadBalancer',
  title: 'Classic Load Balancers balance across Availability Zones',
  description:
    'Reads CrossZoneLoadBalancing.Enabled of each Classic Load Balancer (DescribeLoadBalancerAttributes).',
  severity: 'medium',
  risk: 'Without cross-zone balancing each zone’s node only serves its own zone’s instances: an uneven spread of instances overloads some while others idle, and a zone losing instances drops its share of traffic.',
  remediation: {
    text: 'Enable cross-zone load balancing.',
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name NAME --load-balancer-attributes "{\\"CrossZoneLoadBalancing\\":{\\"Enabled\\":true}}"',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html',
  },
  compliance: { aws_fsbp: ['ELB.9'] },
  *evaluate(snapshot) {
    yield* judgeAttributes(snapshot.loadBalancers, (lb, a) =>
      a.crossZoneEnabled
        ? { status: 'PASS', reason: `${lb.name} balances across zones` }
        : { status: 'FAIL', reason: `${lb.name}: cross-zone load balancing is off` },
    );
  },
});
