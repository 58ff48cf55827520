import { ECS } from '../../../providers/aws/services/ecs/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'ecs_service_no_assign_public_ip',
  scanner: ECS,
  reads: ['clusters'],
  resource_type: 'AwsEcsService',
  title: 'ECS services do not assign public IP addresses automatically',
  description:
    'Each service of each cluster (ListServices, DescribeServices): networkConfiguration.awsvpcConfiguration.assignPublicIp ENABLED fails; DISABLED, or a service without awsvpc networking, passes.',
  severity: 'high',
  risk: 'Every task of the service gets an address reachable from the internet: its security group is then the only thing between the container’s ports and everyone.',
  remediation: {
    text: 'Run the tasks in private subnets with assignPublicIp DISABLED, reaching the internet through a NAT gateway and taking traffic through a load balancer.',
    cli: 'aws ecs update-service --cluster CLUSTER --service SERVICE --network-configuration "awsvpcConfiguration={subnets=[subnet-…],securityGroups=[sg-…],assignPublicIp=DISABLED}"',
    console:
      'ECS → Clusters → <cluster> → Services → <service> → Update → Networking → Public IP off',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html',
  },
  compliance: { aws_fsbp: ['ECS.2'] },
  *evaluate(snapshot) {
    for (const c of snapshot.clusters) {
      if (c.services.state !== 'available') {
        yield unreadable(c.arn, `the services of cluster ${c.name}`, c.services);
        continue;
      }
      for (const s of c.services.value) {
        if (s.details.state !== 'available') {
          yield unreadable(s.arn, `service ${s.name} of cluster ${c.name}`, s.details);
          continue;
        }
        const ip = s.details.value.assignPublicIp;
        yield ip === 'ENABLED'
          ? {
              resource_id: s.arn,
              status: 'FAIL',
              reason: `service ${s.name} of cluster ${c.name} gives its tasks public IP addresses`,
            }
          : {
              resource_id: s.arn,
              status: 'PASS',
              reason:
                ip === undefined
                  ? `service ${s.name} of cluster ${c.name} has no awsvpc networking (no task address of its own)`
                  : `service ${s.name} of cluster ${c.name} assigns no public IP addresses`,
            };
      }
    }
  },
});
