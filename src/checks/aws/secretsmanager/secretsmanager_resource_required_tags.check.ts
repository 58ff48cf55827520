import { SECRETSMANAGER } from '../../../providers/aws/services/secretsmanager/model.js';
import { requiredTagsCheck, type TaggedResource } from '../tags.js';

export default requiredTagsCheck({
  id: 'secretsmanager_resource_required_tags',
  scanner: SECRETSMANAGER,
  reads: ['secrets'],
  resources: 'Secrets Manager secrets',
  *collect(snapshot): Generator<TaggedResource> {
    for (const s of snapshot.secrets)
      yield { resource_id: s.arn, label: `secret ${s.name}`, tags: s.tags };
  },
});
