import { GUARDDUTY } from '../../../providers/aws/services/guardduty/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'guardduty_s3_protection_enabled',
  scanner: GUARDDUTY,
  reads: ['detectors'],
  resource_type: 'AwsGuardDutyDetector',
  title: 'GuardDuty S3 Protection is enabled',
  description:
    'Reads the S3_DATA_EVENTS feature of each enabled detector (GetDetector); a suspended detector is the concern of guardduty_is_enabled.',
  severity: 'medium',
  risk: 'Without S3 Protection GuardDuty does not analyze S3 data events: unusual reads, exfiltration or deletion of bucket data by stolen credentials go unseen.',
  remediation: {
    text: 'Turn on S3 Protection for the detector (and auto-enable it for the organization).',
    cli: 'aws guardduty update-detector --detector-id ID --features Name=S3_DATA_EVENTS,Status=ENABLED',
    console: 'GuardDuty → Protection plans → S3 Protection → Enable',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/s3-protection.html',
  },
  compliance: { aws_fsbp: ['GuardDuty.10'] },
  *evaluate(snapshot) {
    if (snapshot.detectors.state !== 'available') return;
    for (const detector of snapshot.detectors.value) {
      if (detector.details.state === 'absent') continue;
      if (detector.details.state !== 'available') {
        yield unreadable(detector.arn, `the features of detector ${detector.id}`, detector.details);
        continue;
      }
      if (detector.details.value.status !== 'ENABLED') continue;
      const s3 = detector.details.value.features.find((f) => f.name === 'S3_DATA_EVENTS');
      yield s3?.status === 'ENABLED'
        ? {
            resource_id: detector.arn,
            status: 'PASS',
            reason: `detector ${detector.id} analyzes S3 data events`,
          }
        : {
            resource_id: detector.arn,
            status: 'FAIL',
            reason: `detector ${detector.id} has S3 Protection ${s3 ? s3.status : 'not configured'}`,
          };
    }
  },
});
