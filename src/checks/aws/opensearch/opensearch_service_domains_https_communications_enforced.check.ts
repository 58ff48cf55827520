import {
  OPENSEARCH,
  LATEST_TLS_POLICIES,
} from '../../../providers/aws/services/opensearch/model.js';
import { defineCheck } from '../../define.js';
import { judgeDomains } from './judge.js';

export default defineCheck({
  id: 'opensearch_service_domains_https_communications_enforced',
  scanner: OPENSEARCH,
  reads: ['domains'],
  resource_type: 'AwsOpenSearchServiceDomain',
  title: 'OpenSearch domains require HTTPS with the latest TLS security policy',
  description:
    'DescribeDomains DomainEndpointOptions: EnforceHTTPS on and the latest TLS policy, as FSBP Opensearch.8 asks: Policy-Min-TLS-1-2-PFS-2023-10 (TLS 1.2 or later, forward-secret ciphers only) or Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08. Policy-Min-TLS-1-2-2019-07 fails: it requires TLS 1.2 but still offers ciphers without forward secrecy.',
  severity: 'medium',
  risk: 'Plain HTTP or TLS 1.0/1.1 lets anyone on the path read or alter queries, results and credentials; ciphers without forward secrecy let a later leak of the key decrypt recorded traffic.',
  remediation: {
    text: 'Require HTTPS and choose the TLS policy Policy-Min-TLS-1-2-PFS-2023-10.',
    cli: 'aws opensearch update-domain-config --domain-name NAME --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10',
    console:
      'OpenSearch Service → Domains → <domain> → Security configuration → Edit → Require HTTPS / TLS security policy',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html',
  },
  compliance: { aws_fsbp: ['Opensearch.8'] },
  evaluate(snapshot) {
    return judgeDomains(snapshot, 'the endpoint options', (d, c) => {
      if (!c.enforceHttps) return { pass: false, reason: `domain ${d.name} accepts plain HTTP` };
      return c.tlsSecurityPolicy !== undefined && LATEST_TLS_POLICIES.includes(c.tlsSecurityPolicy)
        ? { pass: true, reason: `domain ${d.name} requires HTTPS with ${c.tlsSecurityPolicy}` }
        : {
            pass: false,
            reason: `domain ${d.name} requires HTTPS but its TLS policy ${c.tlsSecurityPolicy ?? '(none)'} is not the latest (${LATEST_TLS_POLICIES.join(' or ')})`,
          };
    });
  },
});
