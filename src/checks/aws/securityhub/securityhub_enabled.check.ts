import { SECURITYHUB } from '../../../providers/aws/services/securityhub/model.js';
import { defineCheck } from '../../define.js';
import { regionScope, unreadable } from '../regional.js';

export default defineCheck({
  id: 'securityhub_enabled',
  scanner: SECURITYHUB,
  reads: ['hub', 'standards'],
  resource_type: 'AwsRegion',
  title: 'AWS Security Hub is enabled in the region',
  description:
    'Calls DescribeHub in each region: an account not subscribed there has Security Hub disabled. The enabled standards are reported alongside.',
  severity: 'medium',
  risk: 'Without Security Hub, findings of GuardDuty, Inspector, Macie and the standards’ controls are not gathered and prioritized in the region.',
  remediation: {
    text: 'Enable Security Hub in every region in use (it needs AWS Config recording), with the standards you follow.',
    cli: 'aws securityhub enable-security-hub --enable-default-standards --region <region>',
    console: 'Security Hub → Go to Security Hub → Enable Security Hub',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-enable.html',
  },
  compliance: { 'cis_aws_7.0': ['5.16'] },
  *evaluate(snapshot, ctx) {
    const resource_id = regionScope('securityhub', ctx);
    const hub = snapshot.hub;
    if (hub.state === 'denied' || hub.state === 'failed') {
      yield unreadable(resource_id, 'the region’s hub', hub);
      return;
    }
    if (hub.state === 'absent') {
      yield {
        resource_id,
        status: 'FAIL',
        reason: `Security Hub is not enabled in ${ctx.region} (${hub.errorCode})`,
      };
      return;
    }
    const standards =
      snapshot.standards?.state === 'available'
        ? `, ${snapshot.standards.value.length} standard(s) enabled`
        : '';
    yield { resource_id, status: 'PASS', reason: `hub ${hub.value.arn} is enabled${standards}` };
  },
});
