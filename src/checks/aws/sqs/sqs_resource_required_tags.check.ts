import { SQS } from '../../../providers/aws/services/sqs/model.js';
import { unreadable } from '../regional.js';
import { requiredTagsCheck, type TaggedResource } from '../tags.js';

export default requiredTagsCheck({
  id: 'sqs_resource_required_tags',
  scanner: SQS,
  reads: ['queues'],
  resources: 'SQS queues',
  *collect(snapshot): Generator<TaggedResource> {
    for (const q of snapshot.queues) {
      const label = `queue ${q.name}`;
      if (q.tags.state === 'available') yield { resource_id: q.arn, label, tags: q.tags.value };
      else if (q.tags.state !== 'absent')
        yield { error: unreadable(q.arn, `the tags of ${label}`, q.tags) };
    }
  },
});
