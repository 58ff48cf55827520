import type { CheckDefinition } from '../../../core/index.js';
import ec2_ebs_volume_encryption from './ec2_ebs_volume_encryption.check.js';
import ec2_ebs_volume_unattached from './ec2_ebs_volume_unattached.check.js';
import ec2_elastic_ip_unassigned from './ec2_elastic_ip_unassigned.check.js';
import ec2_instance_imdsv2_enabled from './ec2_instance_imdsv2_enabled.check.js';
import ec2_instance_profile_attached from './ec2_instance_profile_attached.check.js';
import ec2_instance_public_ip from './ec2_instance_public_ip.check.js';
import ec2_resource_required_tags from './ec2_resource_required_tags.check.js';

/** The EC2 checks: one line per check. */
export const EC2_CHECKS: readonly CheckDefinition[] = [
  ec2_ebs_volume_encryption,
  ec2_ebs_volume_unattached,
  ec2_elastic_ip_unassigned,
  ec2_instance_imdsv2_enabled,
  ec2_instance_profile_attached,
  ec2_instance_public_ip,
  ec2_resource_required_tags,
];
