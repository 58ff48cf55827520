import type { EfsRegionSnapshot } from '../../../providers/aws/services/efs/model.js';
import { requiredTagsCheck, type TaggedResource } from '../tags.js';

export default requiredTagsCheck<EfsRegionSnapshot>({
  id: 'efs_resource_required_tags',
  service: 'efs',
  resources: 'EFS file systems',
  *collect(snapshot): Generator<TaggedResource> {
    for (const fs of snapshot.fileSystems) {
      const label = fs.name ? `file system ${fs.id} (${fs.name})` : `file system ${fs.id}`;
      yield { resource_id: fs.arn, label, tags: fs.tags };
    }
  },
});
