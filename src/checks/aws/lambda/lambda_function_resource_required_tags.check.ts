import { LAMBDA } from '../../../providers/aws/services/lambda/model.js';
import { unreadable } from '../regional.js';
import { requiredTagsCheck, type TaggedResource } from '../tags.js';

export default requiredTagsCheck({
  id: 'lambda_function_resource_required_tags',
  scanner: LAMBDA,
  reads: ['functions'],
  resources: 'Lambda functions',
  *collect(snapshot): Generator<TaggedResource> {
    for (const fn of snapshot.functions) {
      const label = `function ${fn.name}`;
      if (fn.details.state === 'available') {
        yield { resource_id: fn.arn, label, tags: fn.details.value.tags };
      } else if (fn.details.state !== 'absent') {
        yield { error: unreadable(fn.arn, `the tags of ${label}`, fn.details) };
      }
    }
  },
});
