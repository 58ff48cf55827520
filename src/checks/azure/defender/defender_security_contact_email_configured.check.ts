import { DEFENDER } from '../../../providers/azure/services/defender/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, subscriptionResource, unreadResult } from '../support.js';

export default defineCheck({
  id: 'defender_security_contact_email_configured',
  scanner: DEFENDER,
  reads: ['subscriptionId', 'contacts'],
  resource_type: 'AzureSubscription',
  title: 'Security contacts have an e-mail address',
  description:
    'An enabled Defender for Cloud security contact of the subscription satisfies: c.emails.length > 0.',
  severity: 'low',
  risk: 'High-severity alerts that reach nobody are not acted upon.',
  remediation: {
    text: 'Defender for Cloud → Environment settings → the subscription → Email notifications: set the addresses, the Owner role and the severities.',
    url: 'https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications',
  },
  compliance: { [CIS]: ['9.1.13'] },
  *evaluate(snapshot) {
    const id = subscriptionResource(snapshot.subscriptionId);
    if (snapshot.contacts.state !== 'available') {
      yield unreadResult(id, 'Defender security contacts', snapshot.contacts);
      return;
    }
    const match = snapshot.contacts.value.find((c) => c.enabled && c.emails.length > 0);
    yield match
      ? pass(id, `alerts are e-mailed to ${match.emails.length} address(es)`)
      : fail(id, 'no security contact e-mail address is configured');
  },
});
