import { GUARDDUTY } from '../../../providers/aws/services/guardduty/model.js';
import { defineCheck } from '../../define.js';
import { regionScope, unreadable } from '../regional.js';

export default defineCheck({
  id: 'guardduty_is_enabled',
  scanner: GUARDDUTY,
  reads: ['detectors'],
  resource_type: 'AwsRegion',
  title: 'GuardDuty watches every region',
  description:
    'Looks in each enabled region for a GuardDuty detector (ListDetectors) whose status is ENABLED (GetDetector): a region without one, or with a suspended one, fails.',
  severity: 'medium',
  risk: 'GuardDuty only analyzes the region it runs in: credential theft, crypto-mining or reconnaissance in an unwatched region goes unnoticed, and attackers pick such regions.',
  remediation: {
    text: 'Enable GuardDuty in every region (from the delegated administrator account, with auto-enable for the organization’s members).',
    cli: 'aws guardduty create-detector --enable --region <region>',
    console: 'GuardDuty → Get started → Enable GuardDuty (in each region)',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
  },
  compliance: { aws_fsbp: ['GuardDuty.1'] },
  *evaluate(snapshot, ctx) {
    const resource_id = regionScope('guardduty', ctx);
    if (snapshot.detectors.state !== 'available') {
      yield unreadable(resource_id, 'the region’s GuardDuty detectors', snapshot.detectors);
      return;
    }
    const detectors = snapshot.detectors.value;
    if (detectors.length === 0) {
      yield { resource_id, status: 'FAIL', reason: `no GuardDuty detector in ${ctx.region}` };
      return;
    }
    const enabled = detectors.find(
      (d) => d.details.state === 'available' && d.details.value.status === 'ENABLED',
    );
    if (enabled) {
      yield { resource_id, status: 'PASS', reason: `detector ${enabled.id} is ENABLED` };
      return;
    }
    const unread = detectors.find((d) => d.details.state !== 'available');
    if (unread && unread.details.state !== 'available') {
      yield unreadable(resource_id, `the status of detector ${unread.id}`, unread.details);
      return;
    }
    yield {
      resource_id,
      status: 'FAIL',
      reason: `the GuardDuty detector of ${ctx.region} is suspended: ${detectors.map((d) => d.id).join(', ')}`,
    };
  },
});
