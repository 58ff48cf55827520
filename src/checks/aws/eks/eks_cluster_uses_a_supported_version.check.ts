import {
  EKS,
  EKS_VERSION_CALENDAR_TAKEN,
  versionSupport,
} from '../../../providers/aws/services/eks/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'eks_cluster_uses_a_supported_version',
  scanner: EKS,
  reads: ['clusters'],
  resource_type: 'AwsEksCluster',
  title: 'EKS clusters run a Kubernetes version in standard support',
  description:
    'The cluster’s Kubernetes version (DescribeCluster) on the scan day, by the EKS release calendar kept with the scanner: in standard support passes; in extended support (past end of standard support) or past end of extended support fails, naming the dates; a version newer than the calendar passes.',
  severity: 'high',
  risk: 'Past standard support a version receives only extended-support patches, billed per cluster hour; past extended support it gets no patches and EKS upgrades the control plane on its own schedule, breaking workloads that were not ready.',
  remediation: {
    text: 'Upgrade the control plane one minor version at a time (then the node groups and add-ons) to a version in standard support.',
    cli: 'aws eks update-cluster-version --name CLUSTER --kubernetes-version VERSION',
    console: 'EKS → Clusters → <cluster> → Upgrade now',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
  },
  compliance: { aws_fsbp: ['EKS.2'] },
  *evaluate(snapshot, ctx) {
    for (const c of snapshot.clusters) {
      if (c.details.state !== 'available') {
        yield unreadable(c.arn, `cluster ${c.name}`, c.details);
        continue;
      }
      const version = c.details.value.version;
      const { status, entry } = versionSupport(version, ctx.now);
      const base = `cluster ${c.name} runs Kubernetes ${version}`;
      if (status === 'standard')
        yield {
          resource_id: c.arn,
          status: 'PASS',
          reason: `${base}, in standard support until ${entry!.endOfStandardSupport}`,
        };
      else if (status === 'newer')
        yield {
          resource_id: c.arn,
          status: 'PASS',
          reason: `${base}, newer than every version of the EKS calendar taken ${EKS_VERSION_CALENDAR_TAKEN}`,
        };
      else if (status === 'extended')
        yield {
          resource_id: c.arn,
          status: 'FAIL',
          reason: `${base}: standard support ended ${entry!.endOfStandardSupport}, in paid extended support until ${entry!.endOfExtendedSupport}`,
        };
      else
        yield {
          resource_id: c.arn,
          status: 'FAIL',
          reason: entry
            ? `${base}: past end of extended support (${entry.endOfExtendedSupport})`
            : `${base}: older than every version EKS still supports`,
        };
    }
  },
});
