import { CLOUDTRAIL } from '../../../providers/aws/services/cloudtrail/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'cloudtrail_log_file_validation_enabled',
  scanner: CLOUDTRAIL,
  reads: ['trails'],
  resource_type: 'AwsCloudTrailTrail',
  title: 'CloudTrail log file validation is enabled',
  description: 'Reads LogFileValidationEnabled of every trail.',
  severity: 'medium',
  risk: 'Without digest files, log files altered or deleted after delivery cannot be detected, and the trail loses its value as evidence.',
  remediation: {
    text: 'Enable log file validation on the trail; check logs later with aws cloudtrail validate-logs.',
    cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
    console:
      'CloudTrail → Trails → <trail> → General details → Edit → Log file validation: Enabled',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-enabling.html',
  },
  compliance: { 'cis_aws_7.0': ['4.2'], aws_fsbp: ['CloudTrail.4'] },
  *evaluate(snapshot) {
    // Each trail is judged once, from its home region.
    for (const trail of snapshot.trails) {
      yield trail.logFileValidation
        ? {
            resource_id: trail.arn,
            status: 'PASS',
            reason: `trail ${trail.name}: log file validation enabled`,
          }
        : {
            resource_id: trail.arn,
            status: 'FAIL',
            reason: `trail ${trail.name}: log file validation disabled`,
          };
    }
  },
});
