import { EC2, isLive } from '../../../providers/aws/services/ec2/model.js';
import { ec2Arn } from '../arn.js';
import { requiredTagsCheck, type TaggedResource } from '../tags.js';

export default requiredTagsCheck({
  id: 'ec2_resource_required_tags',
  scanner: EC2,
  reads: ['addresses', 'instances', 'snapshots', 'volumes'],
  resources: 'EC2 instances, EBS volumes and snapshots, and Elastic IPs',
  *collect(snapshot, ctx): Generator<TaggedResource> {
    for (const i of snapshot.instances.filter(isLive)) {
      yield {
        resource_id: ec2Arn(ctx, `instance/${i.id}`),
        label: `instance ${i.id}`,
        tags: i.tags,
      };
    }
    for (const v of snapshot.volumes) {
      yield { resource_id: ec2Arn(ctx, `volume/${v.id}`), label: `volume ${v.id}`, tags: v.tags };
    }
    for (const a of snapshot.addresses) {
      if (a.allocationId === undefined) continue;
      yield {
        resource_id: ec2Arn(ctx, `elastic-ip/${a.allocationId}`),
        label: `Elastic IP ${a.publicIp}`,
        tags: a.tags,
      };
    }
    const snapshots = snapshot.snapshots;
    if (snapshots.state !== 'available') {
      const verb = snapshots.state === 'denied' ? 'was denied' : 'failed';
      yield {
        error: {
          resource_id: ec2Arn(ctx, `region/${ctx.region}`),
          status: 'ERROR',
          reason: `the EBS snapshots could not be read: ${snapshots.action} ${verb} (${snapshots.errorCode})`,
        },
      };
      return;
    }
    for (const s of snapshots.value) {
      yield {
        resource_id: ec2Arn(ctx, `snapshot/${s.id}`),
        label: `snapshot ${s.id}`,
        tags: s.tags,
      };
    }
  },
});
