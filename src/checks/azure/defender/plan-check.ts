import type { CheckDefinition } from '../../../core/index.js';
import {
  DEFENDER,
  type DefenderSnapshot,
} from '../../../providers/azure/services/defender/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, subscriptionResource, unreadResult } from '../support.js';

/** One CIS 9.1.x plan check: the Defender plan is on the Standard tier for the subscription. */
export function defenderPlanCheck(spec: {
  id: string;
  control: string;
  plan: string;
  title: string;
}): CheckDefinition<DefenderSnapshot> {
  return defineCheck({
    id: spec.id,
    scanner: DEFENDER,
    reads: ['subscriptionId', 'plans'],
    resource_type: 'AzureSubscription',
    title: `${spec.title} is on`,
    description: `The ${spec.plan} pricing of Microsoft Defender for Cloud is on the Standard tier.`,
    severity: 'medium',
    risk: `Without ${spec.title}, threats against these resources raise no alert.`,
    remediation: {
      text: `Turn on ${spec.title} in Defender for Cloud → Environment settings → the subscription → Defender plans.`,
      cli: `az security pricing create --name ${spec.plan} --tier Standard`,
      url: 'https://learn.microsoft.com/azure/defender-for-cloud/enable-enhanced-security',
    },
    compliance: { [CIS]: [spec.control] },
    *evaluate(snapshot) {
      const id = subscriptionResource(snapshot.subscriptionId);
      if (snapshot.plans.state !== 'available') {
        yield unreadResult(id, 'Defender plans', snapshot.plans);
        return;
      }
      const plan = snapshot.plans.value.find(
        (p) => p.name.toLowerCase() === spec.plan.toLowerCase(),
      );
      yield plan?.tier === 'Standard'
        ? pass(id, `${spec.title} is on${plan.subPlan ? ` (${plan.subPlan})` : ''}`)
        : fail(
            id,
            plan
              ? `${spec.title} is ${plan.tier}`
              : `${spec.title} is not offered to the subscription`,
          );
    },
  });
}
