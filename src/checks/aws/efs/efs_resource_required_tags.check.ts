import { EFS } from '../../../providers/aws/services/efs/model.js';
import { requiredTagsCheck, type TaggedResource } from '../tags.js';

export default requiredTagsCheck({
  id: 'efs_resource_required_tags',
  scanner: EFS,
  reads: ['fileSystems'],
  resources: 'EFS file systems',
  *collect(snapshot): Generator<TaggedResource> {
    for (const fs of snapshot.fileSystems) {
      const label = fs.name ? `file system ${fs.id} (${fs.name})` : `file system ${fs.id}`;
      yield { resource_id: fs.arn, label, tags: fs.tags };
    }
  },
});
