import { VPC } from '../../../providers/aws/services/vpc/model.js';
import { ec2Arn } from '../arn.js';
import { requiredTagsCheck, type TaggedResource } from '../tags.js';
import { sgArn } from './common.js';

export default requiredTagsCheck({
  id: 'vpc_resource_required_tags',
  scanner: VPC,
  reads: ['networkAcls', 'securityGroups', 'subnets', 'vpcs'],
  resources: 'VPCs, subnets, security groups and network ACLs',
  *collect(snapshot, ctx): Generator<TaggedResource> {
    // Resources shared from another account (AWS RAM) are tagged by their owner.
    const own = (ownerId: string | undefined) => ownerId === undefined || ownerId === ctx.accountId;
    for (const v of snapshot.vpcs.filter((v) => own(v.ownerId))) {
      yield { resource_id: ec2Arn(ctx, `vpc/${v.id}`), label: `VPC ${v.id}`, tags: v.tags };
    }
    for (const s of snapshot.subnets.filter((s) => own(s.ownerId))) {
      yield { resource_id: ec2Arn(ctx, `subnet/${s.id}`), label: `subnet ${s.id}`, tags: s.tags };
    }
    for (const g of snapshot.securityGroups.filter((g) => own(g.ownerId))) {
      yield { resource_id: sgArn(ctx, g), label: `security group ${g.id}`, tags: g.tags };
    }
    for (const a of snapshot.networkAcls.filter((a) => own(a.ownerId))) {
      yield {
        resource_id: ec2Arn(ctx, `network-acl/${a.id}`, a.ownerId),
        label: `network ACL ${a.id}`,
        tags: a.tags,
      };
    }
  },
});
