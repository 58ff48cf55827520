import { containerInsightsOn, ECS } from '../../../providers/aws/services/ecs/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'ecs_cluster_container_insights_enabled',
  scanner: ECS,
  reads: ['clusters'],
  resource_type: 'AwsEcsCluster',
  title: 'ECS clusters use Container Insights',
  description:
    'DescribeClusters with SETTINGS: the cluster’s containerInsights setting enabled or enhanced passes; disabled, or unset, fails.',
  severity: 'medium',
  risk: 'Without Container Insights there are no task- and container-level CPU, memory, network and restart metrics: failing, starved or crash-looping tasks go unnoticed.',
  remediation: {
    text: 'Turn Container Insights on for the cluster (and as the account default for new clusters).',
    cli: 'aws ecs update-cluster-settings --cluster CLUSTER --settings name=containerInsights,value=enhanced',
    console: 'ECS → Clusters → <cluster> → Update cluster → Monitoring → Container Insights',
    url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html',
  },
  compliance: { aws_fsbp: ['ECS.12'] },
  *evaluate(snapshot) {
    for (const c of snapshot.clusters) {
      if (c.details.state !== 'available') {
        yield unreadable(c.arn, `the settings of cluster ${c.name}`, c.details);
        continue;
      }
      const setting = c.details.value.containerInsights;
      yield containerInsightsOn(c.details.value)
        ? {
            resource_id: c.arn,
            status: 'PASS',
            reason: `cluster ${c.name} has Container Insights ${setting}`,
          }
        : {
            resource_id: c.arn,
            status: 'FAIL',
            reason: `cluster ${c.name} has Container Insights ${setting ?? 'unset (disabled)'}`,
          };
    }
  },
});
