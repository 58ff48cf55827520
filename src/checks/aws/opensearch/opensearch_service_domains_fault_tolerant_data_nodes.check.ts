import { OPENSEARCH, MIN_DATA_NODES } from '../../../providers/aws/services/opensearch/model.js';
import { defineCheck } from '../../define.js';
import { judgeDomains } from './judge.js';

export default defineCheck({
  id: 'opensearch_service_domains_fault_tolerant_data_nodes',
  scanner: OPENSEARCH,
  reads: ['domains'],
  resource_type: 'AwsOpenSearchServiceDomain',
  title: 'OpenSearch domains have at least three data nodes spread over zones',
  description: 'DescribeDomains ClusterConfig: at least 3 data nodes and zone awareness on.',
  severity: 'medium',
  risk: 'With fewer than three data nodes, or all in one zone, the loss of a node or a zone makes the domain unavailable or loses unreplicated data.',
  remediation: {
    text: 'Use at least three data nodes and enable zone awareness (three zones where the region has them).',
    cli: 'aws opensearch update-domain-config --domain-name NAME --cluster-config InstanceCount=3,ZoneAwarenessEnabled=true,ZoneAwarenessConfig={AvailabilityZoneCount=3}',
    console: 'OpenSearch Service → Domains → <domain> → Cluster configuration → Edit',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html',
  },
  compliance: { aws_fsbp: ['Opensearch.6'] },
  evaluate(snapshot) {
    return judgeDomains(snapshot, 'the cluster configuration', (d, c) => {
      if (c.instanceCount < MIN_DATA_NODES)
        return {
          pass: false,
          reason: `domain ${d.name} has ${c.instanceCount} data node(s), fewer than ${MIN_DATA_NODES}`,
        };
      return c.zoneAwareness
        ? {
            pass: true,
            reason: `domain ${d.name} has ${c.instanceCount} data nodes over ${c.availabilityZoneCount ?? 2} zones`,
          }
        : {
            pass: false,
            reason: `domain ${d.name} has ${c.instanceCount} data nodes but no zone awareness`,
          };
    });
  },
});
