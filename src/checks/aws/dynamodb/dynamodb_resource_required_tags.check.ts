import { DYNAMODB } from '../../../providers/aws/services/dynamodb/model.js';
import { unreadable } from '../regional.js';
import { requiredTagsCheck, type TaggedResource } from '../tags.js';

export default requiredTagsCheck({
  id: 'dynamodb_resource_required_tags',
  scanner: DYNAMODB,
  reads: ['tables'],
  resources: 'DynamoDB tables',
  *collect(snapshot): Generator<TaggedResource> {
    for (const table of snapshot.tables) {
      const label = `table ${table.name}`;
      if (table.tags.state === 'available') {
        yield { resource_id: table.arn, label, tags: table.tags.value };
      } else if (table.tags.state !== 'absent') {
        yield { error: unreadable(table.arn, `the tags of ${label}`, table.tags) };
      }
    }
  },
});
