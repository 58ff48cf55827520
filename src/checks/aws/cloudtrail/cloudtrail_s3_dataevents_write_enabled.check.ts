import { CLOUDTRAIL } from '../../../providers/aws/services/cloudtrail/model.js';
import { defineCheck } from '../../define.js';
import { multiRegionRequirement, trailReads } from './common.js';

export default defineCheck({
  id: 'cloudtrail_s3_dataevents_write_enabled',
  scanner: CLOUDTRAIL,
  reads: ['multiRegionElsewhere', 'trails'],
  resource_type: 'AwsRegion',
  title: 'A multi-region trail records S3 object-level write events for every bucket',
  description:
    'Looks for a multi-region trail whose event selectors record S3 data events of the write kind (PutObject, DeleteObject…) for all current and future buckets.',
  severity: 'low',
  risk: 'Without object-level write events, who uploaded, overwrote or deleted an object cannot be established after the fact.',
  remediation: {
    text: 'Add an S3 data event selector for all buckets (write or all events) to a multi-region trail.',
    cli: `aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors '[{"Name":"Management","FieldSelectors":[{"Field":"eventCategory","Equals":["Management"]}]},{"Name":"S3 writes","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]},{"Field":"readOnly","Equals":["false"]}]}]'`,
    console:
      'CloudTrail → Trails → <trail> → Data events → Edit → S3, Log all events (or Write-only)',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html',
  },
  compliance: { 'cis_aws_7.0': ['4.8'] },
  evaluate(snapshot, ctx) {
    return multiRegionRequirement(snapshot, ctx, (trail) => {
      const reads = trailReads(trail);
      if ('error' in reads) return reads;
      if (reads.selectors.s3ObjectsAllBuckets.write) {
        return { ok: true, reason: 'records S3 object writes for all buckets' };
      }
      return {
        ok: false,
        reason: reads.selectors.s3ObjectsSomeBuckets
          ? 'records S3 object events for some buckets only, or no writes'
          : 'records no S3 object write events',
      };
    });
  },
});
