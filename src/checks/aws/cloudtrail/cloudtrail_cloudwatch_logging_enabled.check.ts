import { CLOUDTRAIL } from '../../../providers/aws/services/cloudtrail/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'cloudtrail_cloudwatch_logging_enabled',
  scanner: CLOUDTRAIL,
  reads: ['trails'],
  resource_type: 'AwsCloudTrailTrail',
  title: 'CloudTrail trails deliver events to CloudWatch Logs',
  description: 'Reads the CloudWatchLogsLogGroupArn of every trail.',
  severity: 'low',
  risk: 'Events that only land in S3 cannot drive metric filters and alarms: suspicious activity is noticed days later, if ever.',
  remediation: {
    text: 'Send the trail to a CloudWatch Logs log group, with a role CloudTrail can assume to write to it.',
    cli: 'aws cloudtrail update-trail --name <trail> --cloud-watch-logs-log-group-arn <log-group-arn> --cloud-watch-logs-role-arn <role-arn>',
    console: 'CloudTrail → Trails → <trail> → CloudWatch Logs → Edit → Enabled',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
  },
  compliance: { aws_fsbp: ['CloudTrail.5'] },
  *evaluate(snapshot) {
    // Each trail is judged once, from its home region.
    for (const trail of snapshot.trails) {
      yield trail.cloudWatchLogsLogGroupArn !== undefined
        ? {
            resource_id: trail.arn,
            status: 'PASS',
            reason: `trail ${trail.name}: delivers to ${trail.cloudWatchLogsLogGroupArn}`,
          }
        : {
            resource_id: trail.arn,
            status: 'FAIL',
            reason: `trail ${trail.name}: no CloudWatch Logs log group`,
          };
    }
  },
});
