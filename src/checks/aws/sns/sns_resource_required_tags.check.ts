import { SNS } from '../../../providers/aws/services/sns/model.js';
import { unreadable } from '../regional.js';
import { requiredTagsCheck, type TaggedResource } from '../tags.js';

export default requiredTagsCheck({
  id: 'sns_resource_required_tags',
  scanner: SNS,
  reads: ['topics'],
  resources: 'SNS topics',
  *collect(snapshot): Generator<TaggedResource> {
    for (const t of snapshot.topics) {
      const label = `topic ${t.name}`;
      if (t.tags.state === 'available') yield { resource_id: t.arn, label, tags: t.tags.value };
      else if (t.tags.state !== 'absent')
        yield { error: unreadable(t.arn, `the tags of ${label}`, t.tags) };
    }
  },
});
