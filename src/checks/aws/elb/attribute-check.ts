import type { CheckResult } from '../../../core/index.js';
import type {
  ClassicAttributes,
  ClassicLoadBalancer,
} from '../../../providers/aws/services/elb/model.js';
import { unreadable } from '../regional.js';

/**
 * One result per Classic Load Balancer from its attributes (DescribeLoadBalancerAttributes):
 * ERROR naming the call when they could not be read, nothing for one deleted meanwhile.
 */
export function* judgeAttributes(
  loadBalancers: readonly ClassicLoadBalancer[],
  judge: (
    lb: ClassicLoadBalancer,
    attributes: ClassicAttributes,
  ) => Omit<CheckResult, 'resource_id'>,
): Generator<CheckResult> {
  for (const lb of loadBalancers) {
    if (lb.attributes.state === 'absent') continue;
    if (lb.attributes.state !== 'available') {
      yield unreadable(lb.arn, `the attributes of ${lb.name}`, lb.attributes);
      continue;
    }
    yield { resource_id: lb.arn, ...judge(lb, lb.attributes.value) };
  }
}
