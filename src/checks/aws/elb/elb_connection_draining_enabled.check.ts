import { ELB } from '../../../providers/aws/services/elb/model.js';
import { defineCheck } from '../../define.js';
import { judgeAttributes } from './attribute-check.js';

export default defineCheck({
  id: 'elb_connection_draining_enabled',
  scanner: ELB,
  reads: ['loadBalancers'],
  resource_type: 'AwsElbLoadBalancer',
  title: 'Classic Load Balancers drain connections before deregistering an instance',
  description:
    'Reads ConnectionDraining.Enabled of each Classic Load Balancer (DescribeLoadBalancerAttributes).',
  severity: 'low',
  risk: 'Without connection draining, requests in flight to an instance being deregistered or failing its health check are cut off: clients see errors on every deployment or scale-in.',
  remediation: {
    text: 'Enable connection draining with a timeout longer than the slowest request.',
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name NAME --load-balancer-attributes "{\\"ConnectionDraining\\":{\\"Enabled\\":true,\\"Timeout\\":300}}"',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html',
  },
  compliance: { aws_fsbp: ['ELB.7'] },
  *evaluate(snapshot) {
    yield* judgeAttributes(snapshot.loadBalancers, (lb, a) =>
      a.connectionDrainingEnabled
        ? {
            status: 'PASS',
            reason: `${lb.name} drains connections (${a.connectionDrainingTimeout ?? '?'} s)`,
          }
        : { status: 'FAIL', reason: `${lb.name}: connection draining is off` },
    );
  },
});
