import { IAM } from '../../../providers/aws/services/iam/model.js';
import { requiredTagsCheck, type TaggedResource } from '../tags.js';
import { authorization } from './common.js';

const SERVICE_LINKED_PATH = '/aws-service-role/';

export default requiredTagsCheck({
  id: 'iam_resource_required_tags',
  scanner: IAM,
  reads: ['authorization', 'partitionRegion'],
  resources: 'IAM users and roles',
  *collect(snapshot, ctx): Generator<TaggedResource> {
    const auth = authorization(snapshot, ctx);
    if ('error' in auth) {
      yield { error: auth.error };
      return;
    }
    for (const user of auth.details.users) {
      yield { resource_id: user.arn, label: `user ${user.name}`, tags: user.tags };
    }
    // AWS creates and tags service-linked roles itself.
    for (const role of auth.details.roles.filter((r) => !r.path.startsWith(SERVICE_LINKED_PATH))) {
      yield { resource_id: role.arn, label: `role ${role.name}`, tags: role.tags };
    }
  },
});
