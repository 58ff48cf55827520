import { RDS } from '../../../providers/aws/services/rds/model.js';
import { requiredTagsCheck, type TaggedResource } from '../tags.js';

export default requiredTagsCheck({
  id: 'rds_resource_required_tags',
  scanner: RDS,
  reads: ['clusters', 'instances', 'snapshots'],
  resources: 'RDS DB instances, clusters and manual snapshots',
  *collect(snapshot): Generator<TaggedResource> {
    for (const db of snapshot.instances) {
      yield { resource_id: db.arn, label: `DB instance ${db.id}`, tags: db.tags };
    }
    for (const c of snapshot.clusters) {
      yield { resource_id: c.arn, label: `DB cluster ${c.id}`, tags: c.tags };
    }
    for (const s of snapshot.snapshots) {
      yield { resource_id: s.arn, label: `snapshot ${s.id}`, tags: s.tags };
    }
  },
});
