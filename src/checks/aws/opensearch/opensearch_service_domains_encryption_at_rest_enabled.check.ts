import { OPENSEARCH } from '../../../providers/aws/services/opensearch/model.js';
import { defineCheck } from '../../define.js';
import { judgeDomains } from './judge.js';

export default defineCheck({
  id: 'opensearch_service_domains_encryption_at_rest_enabled',
  scanner: OPENSEARCH,
  reads: ['domains'],
  resource_type: 'AwsOpenSearchServiceDomain',
  title: 'OpenSearch domains are encrypted at rest',
  description:
    'DescribeDomains EncryptionAtRestOptions.Enabled: indices, logs, swap files and automated snapshots encrypted with KMS.',
  severity: 'medium',
  risk: 'Unencrypted data nodes and snapshots expose the indexed data to anyone who gets at the storage, and fail most data-protection requirements.',
  remediation: {
    text: 'Enable encryption at rest (domains on OpenSearch or Elasticsearch 5.1 and later can enable it in place).',
    cli: 'aws opensearch update-domain-config --domain-name NAME --encryption-at-rest-options Enabled=true',
    console: 'OpenSearch Service → Domains → <domain> → Security configuration → Edit → Encryption',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html',
  },
  compliance: { aws_fsbp: ['Opensearch.1'] },
  evaluate(snapshot) {
    return judgeDomains(snapshot, 'encryption at rest', (d, c) => {
      return c.encryptionAtRest
        ? {
            pass: true,
            reason: `domain ${d.name} is encrypted at rest${c.kmsKeyId ? ` with ${c.kmsKeyId}` : ''}`,
          }
        : { pass: false, reason: `domain ${d.name} is not encrypted at rest` };
    });
  },
});
