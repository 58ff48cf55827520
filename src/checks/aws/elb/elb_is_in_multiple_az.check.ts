import { ELB } from '../../../providers/aws/services/elb/model.js';
import { defineCheck } from '../../define.js';

/** FSBP ELB.10's minimum (its parameter minAvailabilityZones defaults to 2). */
const MIN_ZONES = 2;

export default defineCheck({
  id: 'elb_is_in_multiple_az',
  scanner: ELB,
  reads: ['loadBalancers'],
  resource_type: 'AwsElbLoadBalancer',
  title: 'Classic Load Balancers span at least two Availability Zones',
  description:
    'Counts the Availability Zones each Classic Load Balancer is enabled in (DescribeLoadBalancers).',
  severity: 'medium',
  risk: 'A load balancer in one zone goes down with it: the application is unreachable for the whole outage.',
  remediation: {
    text: 'Enable a second zone (attach a subnet in it for a load balancer in a VPC) and register instances there.',
    cli: 'aws elb attach-load-balancer-to-subnets --load-balancer-name NAME --subnets SUBNET_IN_ANOTHER_AZ',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-az.html',
  },
  compliance: { aws_fsbp: ['ELB.10'] },
  *evaluate(snapshot) {
    for (const lb of snapshot.loadBalancers) {
      const zones = lb.availabilityZones;
      yield zones.length >= MIN_ZONES
        ? { resource_id: lb.arn, status: 'PASS', reason: `${lb.name} spans ${zones.join(', ')}` }
        : {
            resource_id: lb.arn,
            status: 'FAIL',
            reason: `${lb.name} is in ${zones.length === 0 ? 'no zone' : `${zones[0]} only`}`,
          };
    }
  },
});
