import { ELASTICACHE } from '../../../providers/aws/services/elasticache/model.js';
import { defineCheck } from '../../define.js';

export default defineCheck({
  id: 'elasticache_cluster_auto_minor_version_upgrades',
  scanner: ELASTICACHE,
  reads: ['cacheClusters'],
  resource_type: 'AwsElastiCacheCacheCluster',
  title: 'ElastiCache clusters apply minor engine upgrades automatically',
  description:
    'AutoMinorVersionUpgrade of each cache cluster (every engine, DescribeCacheClusters): true passes, false fails.',
  severity: 'low',
  risk: 'Security fixes of the engine are not applied until someone upgrades by hand.',
  remediation: {
    text: 'Turn on automatic minor version upgrades (applied in the maintenance window).',
    cli: 'aws elasticache modify-cache-cluster --cache-cluster-id <id> --auto-minor-version-upgrade --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html',
  },
  compliance: { aws_fsbp: ['ElastiCache.2'] },
  *evaluate(snapshot) {
    for (const c of snapshot.cacheClusters) {
      const what = `cache cluster ${c.id} (${c.engine}${c.engineVersion ? ` ${c.engineVersion}` : ''})`;
      yield c.autoMinorVersionUpgrade
        ? {
            resource_id: c.arn,
            status: 'PASS',
            reason: `${what} upgrades minor versions automatically`,
          }
        : {
            resource_id: c.arn,
            status: 'FAIL',
            reason: `${what} does not upgrade minor versions automatically`,
          };
    }
  },
});
