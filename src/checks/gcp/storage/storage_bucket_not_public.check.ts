import { STORAGE } from '../../../providers/gcp/services/storage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, unreadResult } from '../support.js';

export default defineCheck({
  id: 'storage_bucket_not_public',
  scanner: STORAGE,
  reads: ['buckets'],
  resource_type: 'GcpStorageBucket',
  title: 'Buckets are not anonymously or publicly accessible',
  description: 'The bucket’s IAM policy grants nothing to allUsers or allAuthenticatedUsers.',
  severity: 'critical',
  risk: 'A public grant lets anyone on the internet (or any Google account) read, and sometimes write, the bucket’s objects.',
  remediation: {
    text: 'Remove the allUsers and allAuthenticatedUsers bindings and enforce public access prevention on the bucket or the organization.',
    cli: 'gcloud storage buckets update gs://BUCKET --public-access-prevention',
    url: 'https://cloud.google.com/storage/docs/using-public-access-prevention',
  },
  compliance: { [CIS]: ['5.1'] },
  *evaluate(snapshot) {
    for (const bucket of snapshot.buckets) {
      if (bucket.iam.state !== 'available') {
        yield unreadResult(bucket.id, `The IAM policy of ${bucket.name}`, bucket.iam);
        continue;
      }
      const grants = bucket.iam.value.publicGrants;
      yield grants.length > 0
        ? fail(
            bucket.id,
            `${bucket.name} grants ${grants.map((g) => `${g.role} to ${g.member}`).join(', ')}`,
          )
        : pass(bucket.id, `${bucket.name} grants nothing to allUsers or allAuthenticatedUsers`);
    }
  },
});
