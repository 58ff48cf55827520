import { MACIE2 } from '../../../providers/aws/services/macie2/model.js';
import { defineCheck } from '../../define.js';
import { regionScope, unreadable } from '../regional.js';

export default defineCheck({
  id: 'macie_is_enabled',
  scanner: MACIE2,
  reads: ['session'],
  resource_type: 'AwsRegion',
  title: 'Macie is enabled in every region',
  description:
    'Reads the account’s Macie session in each enabled region (GetMacieSession): a region where Macie is not enabled (AWS answers AccessDenied “Macie is not enabled.”), or PAUSED, fails; a denied permission is an ERROR, never a FAIL.',
  severity: 'medium',
  risk: 'Without Macie nobody inventories which S3 buckets hold personal or secret data, nor notices one becoming public, unencrypted or shared outside the account in that region.',
  remediation: {
    text: 'Enable Macie in every region (from the delegated administrator account, with auto-enable for the organization’s members).',
    cli: 'aws macie2 enable-macie --region <region>',
    console: 'Amazon Macie → Get started → Enable Macie (in each region)',
    url: 'https://docs.aws.amazon.com/macie/latest/user/getting-started.html',
  },
  compliance: { aws_fsbp: ['Macie.1'] },
  *evaluate(snapshot, ctx) {
    const resource_id = regionScope('macie2', ctx);
    const { session } = snapshot;
    if (session.state === 'absent') {
      yield { resource_id, status: 'FAIL', reason: `Macie is not enabled in ${ctx.region}` };
      return;
    }
    if (session.state !== 'available') {
      yield unreadable(resource_id, 'the account’s Macie session', session);
      return;
    }
    yield session.value.status === 'ENABLED'
      ? { resource_id, status: 'PASS', reason: `Macie is ENABLED in ${ctx.region}` }
      : {
          resource_id,
          status: 'FAIL',
          reason: `Macie is ${session.value.status} (suspended) in ${ctx.region}`,
        };
  },
});
