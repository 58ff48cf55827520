import { parseStatements, type PolicyStatement } from '../../../providers/aws/policy/index.js';
import { S3 } from '../../../providers/aws/services/s3/model.js';
import { defineCheck } from '../../define.js';
import { arnOf, unreadable } from './common.js';

/** A Deny for everyone on every S3 action when the request is not over TLS (or uses old TLS). */
function deniesPlainHttp(s: PolicyStatement): boolean {
  if (s.effect !== 'Deny' || s.principal?.anyone !== true) return false;
  if (!(s.actions ?? []).some((a) => a === '*' || a.toLowerCase() === 's3:*')) return false;
  return s.conditions.some(
    (c) =>
      (c.operator === 'Bool' && c.key === 'aws:securetransport' && c.values.includes('false')) ||
      (c.operator === 'NumericLessThan' && c.key === 's3:tlsversion' && c.values.length > 0),
  );
}

export default defineCheck({
  id: 's3_bucket_secure_transport_policy',
  scanner: S3,
  reads: ['buckets.policy', 'partitionRegion'],
  resource_type: 'AwsS3Bucket',
  title: 'S3 bucket policies deny requests over plain HTTP',
  description:
    'The bucket policy denies every S3 action to every principal when aws:SecureTransport is false (or s3:TlsVersion is too low).',
  severity: 'medium',
  risk: 'S3 accepts plain HTTP by default: data and signed requests can be read or tampered with in transit.',
  remediation: {
    text: 'Add a Deny statement for "s3:*" on the bucket and its objects with the condition {"Bool": {"aws:SecureTransport": "false"}}.',
    cli: 'aws s3api put-bucket-policy --bucket BUCKET --policy file://deny-http.json',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit',
  },
  compliance: { 'cis_aws_7.0': ['3.1.1'], aws_fsbp: ['S3.5'] },
  *evaluate(snapshot) {
    for (const bucket of snapshot.buckets) {
      const resource_id = arnOf(bucket, snapshot);
      const policy = bucket.facets.policy;
      if (policy.state === 'none') {
        yield { resource_id, status: 'FAIL', reason: `${bucket.name} has no bucket policy` };
      } else if (policy.state === 'configured') {
        yield parseStatements(policy.value.document).some(deniesPlainHttp)
          ? { resource_id, status: 'PASS', reason: `${bucket.name} denies requests without TLS` }
          : {
              resource_id,
              status: 'FAIL',
              reason: `${bucket.name}'s policy has no Deny on aws:SecureTransport false`,
            };
      } else {
        yield unreadable(resource_id, `${bucket.name}'s policy`, policy);
      }
    }
  },
});
