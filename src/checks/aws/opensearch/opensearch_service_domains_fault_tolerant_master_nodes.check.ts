import {
  OPENSEARCH,
  MIN_DEDICATED_MASTERS,
} from '../../../providers/aws/services/opensearch/model.js';
import { defineCheck } from '../../define.js';
import { judgeDomains } from './judge.js';

export default defineCheck({
  id: 'opensearch_service_domains_fault_tolerant_master_nodes',
  scanner: OPENSEARCH,
  reads: ['domains'],
  resource_type: 'AwsOpenSearchServiceDomain',
  title: 'OpenSearch domains have at least three dedicated master nodes',
  description:
    'DescribeDomains ClusterConfig: dedicated master (cluster manager) nodes enabled, at least 3.',
  severity: 'medium',
  risk: 'Without a quorum of dedicated masters, a busy data node or the loss of one master can leave the cluster without a manager (red cluster, split brain).',
  remediation: {
    text: 'Enable three dedicated master nodes.',
    cli: 'aws opensearch update-domain-config --domain-name NAME --cluster-config DedicatedMasterEnabled=true,DedicatedMasterCount=3,DedicatedMasterType=m6g.large.search',
    console:
      'OpenSearch Service → Domains → <domain> → Cluster configuration → Edit → Dedicated master nodes',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-dedicatedmasternodes.html',
  },
  compliance: {},
  evaluate(snapshot) {
    return judgeDomains(snapshot, 'the cluster configuration', (d, c) => {
      return c.dedicatedMasterCount >= MIN_DEDICATED_MASTERS
        ? {
            pass: true,
            reason: `domain ${d.name} has ${c.dedicatedMasterCount} dedicated master nodes`,
          }
        : {
            pass: false,
            reason: c.dedicatedMaster
              ? `domain ${d.name} has ${c.dedicatedMasterCount} dedicated master node(s), fewer than ${MIN_DEDICATED_MASTERS}`
              : `domain ${d.name} has no dedicated master nodes`,
          };
    });
  },
});
