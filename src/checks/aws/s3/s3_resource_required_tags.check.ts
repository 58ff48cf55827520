import { S3 } from '../../../providers/aws/services/s3/model.js';
import { requiredTagsCheck, type TaggedResource } from '../tags.js';
import { arnOf, isUnreadable, unreadable } from './common.js';

export default requiredTagsCheck({
  id: 's3_resource_required_tags',
  scanner: S3,
  reads: ['buckets.tags', 'partitionRegion'],
  resources: 'S3 buckets',
  *collect(snapshot): Generator<TaggedResource> {
    for (const bucket of snapshot.buckets) {
      const resource_id = arnOf(bucket, snapshot);
      const tags = bucket.facets.tags;
      if (isUnreadable(tags)) {
        yield { error: unreadable(resource_id, `${bucket.name}'s tags`, tags) };
        continue;
      }
      yield {
        resource_id,
        label: `bucket ${bucket.name}`,
        tags: tags.state === 'configured' ? tags.value : {},
      };
    }
  },
});
