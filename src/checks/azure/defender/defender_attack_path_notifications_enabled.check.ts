import { DEFENDER } from '../../../providers/azure/services/defender/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, subscriptionResource, unreadResult } from '../support.js';

export default defineCheck({
  id: 'defender_attack_path_notifications_enabled',
  scanner: DEFENDER,
  reads: ['subscriptionId', 'contacts'],
  resource_type: 'AzureSubscription',
  title: 'Attack path notifications are e-mailed',
  description:
    'An enabled Defender for Cloud security contact of the subscription satisfies: c.attackPathMinimalRiskLevel !== undefined.',
  severity: 'low',
  risk: 'High-severity alerts that reach nobody are not acted upon.',
  remediation: {
    text: 'Defender for Cloud → Environment settings → the subscription → Email notifications: set the addresses, the Owner role and the severities.',
    url: 'https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications',
  },
  compliance: { [CIS]: ['9.1.15'] },
  *evaluate(snapshot) {
    const id = subscriptionResource(snapshot.subscriptionId);
    if (snapshot.contacts.state !== 'available') {
      yield unreadResult(id, 'Defender security contacts', snapshot.contacts);
      return;
    }
    const match = snapshot.contacts.value.find(
      (c) => c.enabled && c.attackPathMinimalRiskLevel !== undefined,
    );
    yield match
      ? pass(id, `attack paths of ${match.attackPathMinimalRiskLevel} risk and above are e-mailed`)
      : fail(id, 'attack path notifications are off');
  },
});
