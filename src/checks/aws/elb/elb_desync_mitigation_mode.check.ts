import { ELB } from '../../../providers/aws/services/elb/model.js';
import { defineCheck } from '../../define.js';
import { judgeAttributes } from './attribute-check.js';

const SAFE_MODES = ['defensive', 'strictest'];

export default defineCheck({
  id: 'elb_desync_mitigation_mode',
  scanner: ELB,
  reads: ['loadBalancers'],
  resource_type: 'AwsElbLoadBalancer',
  title: 'Classic Load Balancers mitigate HTTP desync in defensive or strictest mode',
  description:
    'Reads the attribute elb.http.desyncmitigationmode of each Classic Load Balancer (DescribeLoadBalancerAttributes).',
  severity: 'medium',
  risk: 'In monitor mode ambiguous requests are forwarded as they are: HTTP request smuggling can poison caches, hijack sessions or bypass security controls of the backends.',
  remediation: {
    text: 'Set the desync mitigation mode to defensive (or strictest).',
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name NAME --load-balancer-attributes "{\\"AdditionalAttributes\\":[{\\"Key\\":\\"elb.http.desyncmitigationmode\\",\\"Value\\":\\"defensive\\"}]}"',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-desync-mitigation-mode.html',
  },
  compliance: { aws_fsbp: ['ELB.14'] },
  *evaluate(snapshot) {
    yield* judgeAttributes(snapshot.loadBalancers, (lb, a) => {
      const mode = a.desyncMitigationMode;
      if (mode === undefined)
        return {
          status: 'ERROR',
          reason: `DescribeLoadBalancerAttributes returned no elb.http.desyncmitigationmode for ${lb.name}`,
        };
      return SAFE_MODES.includes(mode)
        ? { status: 'PASS', reason: `${lb.name}: desync mitigation mode is ${mode}` }
        : { status: 'FAIL', reason: `${lb.name}: desync mitigation mode is ${mode}` };
    });
  },
});
