import { OPENSEARCH } from '../../../providers/aws/services/opensearch/model.js';
import { defineCheck } from '../../define.js';
import { judgeDomains } from './judge.js';

export default defineCheck({
  id: 'opensearch_service_domains_node_to_node_encryption_enabled',
  scanner: OPENSEARCH,
  reads: ['domains'],
  resource_type: 'AwsOpenSearchServiceDomain',
  title: 'OpenSearch domains encrypt the traffic between their nodes',
  description:
    'DescribeDomains NodeToNodeEncryptionOptions.Enabled: TLS between the nodes of the domain.',
  severity: 'medium',
  risk: 'Without node-to-node encryption, data replicated and queried between nodes crosses the network in clear text.',
  remediation: {
    text: 'Enable node-to-node encryption (in place on OpenSearch and Elasticsearch 6.7 and later).',
    cli: 'aws opensearch update-domain-config --domain-name NAME --node-to-node-encryption-options Enabled=true',
    console: 'OpenSearch Service → Domains → <domain> → Security configuration → Edit → Encryption',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html',
  },
  compliance: { aws_fsbp: ['Opensearch.3'] },
  evaluate(snapshot) {
    return judgeDomains(snapshot, 'node-to-node encryption', (d, c) => {
      return c.nodeToNodeEncryption
        ? { pass: true, reason: `domain ${d.name} encrypts node-to-node traffic` }
        : { pass: false, reason: `domain ${d.name} does not encrypt node-to-node traffic` };
    });
  },
});
