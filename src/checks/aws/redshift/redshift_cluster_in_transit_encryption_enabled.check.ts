import { REDSHIFT, requireSslOf } from '../../../providers/aws/services/redshift/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'redshift_cluster_in_transit_encryption_enabled',
  scanner: REDSHIFT,
  reads: ['clusters', 'parameterGroups'],
  resource_type: 'AwsRedshiftCluster',
  title: 'Redshift clusters require SSL connections',
  description:
    'require_ssl of the parameter groups each cluster uses (DescribeClusterParameters, each group read once): true passes; false (the default group) fails; a group not read is an ERROR naming the call.',
  severity: 'high',
  risk: 'Clients may connect without TLS: credentials and query results cross the network in clear text.',
  remediation: {
    text: 'Use a custom parameter group with require_ssl set to true, then reboot the cluster.',
    cli: 'aws redshift modify-cluster-parameter-group --parameter-group-name <group> --parameters ParameterName=require_ssl,ParameterValue=true',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html',
  },
  compliance: { aws_fsbp: ['Redshift.2'] },
  *evaluate(snapshot) {
    for (const c of snapshot.clusters) {
      const ssl = requireSslOf(c, snapshot.parameterGroups);
      const groups = c.parameterGroups.join(', ');
      if (ssl.state !== 'available') {
        yield unreadable(c.arn, `parameter group ${groups} of cluster ${c.id}`, ssl);
        continue;
      }
      yield ssl.value
        ? {
            resource_id: c.arn,
            status: 'PASS',
            reason: `cluster ${c.id} requires SSL (require_ssl in ${groups})`,
          }
        : {
            resource_id: c.arn,
            status: 'FAIL',
            reason: `cluster ${c.id} accepts connections without SSL (require_ssl is not true in ${groups || 'its parameter groups'})`,
          };
    }
  },
});
