import { STORAGE } from '../../../providers/gcp/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'storage_bucket_uniform_access',
  scanner: STORAGE,
  reads: ['buckets'],
  resource_type: 'GcpStorageBucket',
  title: 'Buckets have uniform bucket-level access enabled',
  description:
    'iamConfiguration.uniformBucketLevelAccess.enabled is true: IAM alone governs access, object ACLs are off.',
  severity: 'medium',
  risk: 'With fine-grained ACLs, any object can be made public on its own, out of sight of the bucket’s IAM policy.',
  remediation: {
    text: 'Move object ACL grants to IAM, then turn on uniform bucket-level access.',
    cli: 'gcloud storage buckets update gs://BUCKET --uniform-bucket-level-access',
    url: 'https://cloud.google.com/storage/docs/using-uniform-bucket-level-access',
  },
  compliance: { [CIS]: ['5.2'] },
  *evaluate(snapshot) {
    for (const bucket of snapshot.buckets) {
      yield bucket.uniformBucketLevelAccess
        ? pass(bucket.id, `${bucket.name} uses uniform bucket-level access`)
        : fail(bucket.id, `${bucket.name} allows object ACLs (fine-grained access)`);
    }
  },
});
