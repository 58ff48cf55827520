import { ownedBuckets, ROUTE53 } from '../../../providers/aws/services/route53/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'route53_dangling_s3_records',
  scanner: ROUTE53,
  reads: ['zones', 'buckets'],
  resource_type: 'AwsRoute53HostedZone',
  title: 'Route53 records should not point at S3 buckets the account does not own',
  description:
    'ListResourceRecordSets and s3:ListBuckets: in a public hosted zone, every CNAME whose value is an S3 endpoint (`<bucket>.s3[.<region>].amazonaws.com`, `<bucket>.s3-website[-.]<region>.amazonaws.com`, or an endpoint without a bucket, the bucket then being the record name) and every alias to an S3 website endpoint must name a bucket among the account’s buckets. A zone with such a record to a bucket the account does not own fails, one whose S3 records all name its own buckets passes; a zone without S3 records is not judged, nor are private zones. No FSBP control covers it.',
  severity: 'high',
  risk: 'S3 bucket names are global: once a bucket a record points at is deleted (or was never the account’s), anyone can create a bucket of that name and serve their content under your domain — phishing, cookie theft, malware under your name (subdomain takeover).',
  remediation: {
    text: 'Delete or update the record, or recreate the bucket in this account before anyone else does. Delete DNS records before the resources they point at.',
    cli: 'aws route53 change-resource-record-sets --hosted-zone-id ZONE_ID --change-batch \'{"Changes":[{"Action":"DELETE","ResourceRecordSet":{...the record as listed...}}]}\'',
    console: 'Route 53 → Hosted zones → <zone> → select the record → Delete record',
    url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-deleting.html',
  },
  compliance: {},
  *evaluate(snapshot) {
    const owned = ownedBuckets(snapshot);
    for (const z of snapshot.zones) {
      if (z.private) continue;
      if (z.records.state !== 'available') {
        yield unreadable(z.arn, `record sets of zone ${z.name}`, z.records);
        continue;
      }
      const s3 = z.records.value.s3Targets;
      if (s3.length === 0) continue;
      if (!owned) {
        yield snapshot.buckets && snapshot.buckets.state !== 'available'
          ? unreadable(
              z.arn,
              `the buckets the records of zone ${z.name} point at`,
              snapshot.buckets,
            )
          : {
              resource_id: z.arn,
              status: 'ERROR',
              reason: `the buckets the records of zone ${z.name} point at could not be read: s3:ListBuckets was not called`,
            };
        continue;
      }
      const dangling = s3.filter((t) => !owned.has(t.bucket));
      const records = (n: number) => (n === 1 ? '1 record' : `${n} records`);
      const listed = (ts: typeof s3) =>
        ts.map((t) => `${t.name} (${t.type} → bucket ${t.bucket})`).join(', ');
      yield dangling.length === 0
        ? {
            resource_id: z.arn,
            status: 'PASS',
            reason: `zone ${z.name} has ${records(s3.length)} pointing at S3, all at the account's own buckets: ${listed(s3)}`,
          }
        : {
            resource_id: z.arn,
            status: 'FAIL',
            reason: `public zone ${z.name} has ${records(dangling.length)} pointing at S3 buckets the account does not own: ${listed(dangling)}`,
          };
    }
  },
});
