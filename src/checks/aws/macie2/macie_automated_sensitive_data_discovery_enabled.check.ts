import { MACIE2 } from '../../../providers/aws/services/macie2/model.js';
import { defineCheck } from '../../define.js';
import { regionScope, unreadable } from '../regional.js';

export default defineCheck({
  id: 'macie_automated_sensitive_data_discovery_enabled',
  scanner: MACIE2,
  reads: ['session', 'automatedDiscovery'],
  resource_type: 'AwsRegion',
  title: 'Macie automated sensitive data discovery is enabled',
  description:
    'Reads the automated sensitive data discovery configuration (GetAutomatedDiscoveryConfiguration) where Macie is enabled: DISABLED fails. A region where Macie is not enabled or paused is the concern of macie_is_enabled.',
  severity: 'high',
  risk: 'Without automated discovery Macie only inspects the buckets someone put in a job: new buckets holding personal, financial or credential data are never sampled, and the data map goes stale.',
  remediation: {
    text: 'Turn on automated sensitive data discovery (from the Macie administrator account, for the organization’s members too).',
    cli: 'aws macie2 update-automated-discovery-configuration --status ENABLED --region <region>',
    console: 'Amazon Macie → Settings → Automated discovery → Enable',
    url: 'https://docs.aws.amazon.com/macie/latest/user/discovery-asdd-account-enable.html',
  },
  compliance: { aws_fsbp: ['Macie.2'] },
  *evaluate(snapshot, ctx) {
    const resource_id = regionScope('macie2', ctx);
    const { session, automatedDiscovery } = snapshot;
    if (session.state === 'absent') return;
    if (session.state !== 'available') {
      yield unreadable(resource_id, 'the account’s Macie session', session);
      return;
    }
    if (session.value.status !== 'ENABLED') return;
    if (automatedDiscovery.state !== 'available') {
      yield unreadable(resource_id, 'the automated discovery configuration', automatedDiscovery);
      return;
    }
    yield automatedDiscovery.value.status === 'ENABLED'
      ? {
          resource_id,
          status: 'PASS',
          reason: `Macie runs automated sensitive data discovery in ${ctx.region}`,
        }
      : {
          resource_id,
          status: 'FAIL',
          reason: `Macie automated sensitive data discovery is ${automatedDiscovery.value.status} in ${ctx.region}`,
        };
  },
});
