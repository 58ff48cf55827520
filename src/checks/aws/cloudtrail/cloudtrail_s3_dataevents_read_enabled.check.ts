import { CLOUDTRAIL } from '../../../providers/aws/services/cloudtrail/model.js';
import { defineCheck } from '../../define.js';
import { multiRegionRequirement, trailReads } from './common.js';

export default defineCheck({
  id: 'cloudtrail_s3_dataevents_read_enabled',
  scanner: CLOUDTRAIL,
  reads: ['multiRegionElsewhere', 'trails'],
  resource_type: 'AwsRegion',
  title: 'A multi-region trail records S3 object-level read events for every bucket',
  description:
    'Looks for a multi-region trail whose event selectors record S3 data events of the read kind (GetObject…) for all current and future buckets.',
  severity: 'low',
  risk: 'Without object-level read events, data exfiltration from a bucket cannot be traced to a principal or an address.',
  remediation: {
    text: 'Add an S3 data event selector for all buckets (read or all events) to a multi-region trail.',
    cli: `aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors '[{"Name":"Management","FieldSelectors":[{"Field":"eventCategory","Equals":["Management"]}]},{"Name":"S3 reads","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]},{"Field":"readOnly","Equals":["true"]}]}]'`,
    console:
      'CloudTrail → Trails → <trail> → Data events → Edit → S3, Log all events (or Read-only)',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html',
  },
  compliance: { 'cis_aws_7.0': ['4.9'] },
  evaluate(snapshot, ctx) {
    return multiRegionRequirement(snapshot, ctx, (trail) => {
      const reads = trailReads(trail);
      if ('error' in reads) return reads;
      if (reads.selectors.s3ObjectsAllBuckets.read) {
        return { ok: true, reason: 'records S3 object reads for all buckets' };
      }
      return {
        ok: false,
        reason: reads.selectors.s3ObjectsSomeBuckets
          ? 'records S3 object events for some buckets only, or no reads'
          : 'records no S3 object read events',
      };
    });
  },
});
