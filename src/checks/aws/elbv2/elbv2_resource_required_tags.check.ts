import { ELBV2 } from '../../../providers/aws/services/elbv2/model.js';
import { unreadable } from '../regional.js';
import { requiredTagsCheck, type TaggedResource } from '../tags.js';

export default requiredTagsCheck({
  id: 'elbv2_resource_required_tags',
  scanner: ELBV2,
  reads: ['loadBalancers', 'tags'],
  resources: 'Load balancers',
  *collect(snapshot): Generator<TaggedResource> {
    for (const lb of snapshot.loadBalancers) {
      const label = `load balancer ${lb.name}`;
      if (snapshot.tags.state !== 'available') {
        yield { error: unreadable(lb.arn, `the tags of ${label}`, snapshot.tags) };
        continue;
      }
      yield { resource_id: lb.arn, label, tags: snapshot.tags.value[lb.arn] ?? {} };
    }
  },
});
