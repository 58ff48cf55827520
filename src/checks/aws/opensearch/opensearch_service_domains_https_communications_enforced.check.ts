import { OPENSEARCH, TLS_1_2_POLICIES } from '../../../providers/aws/services/opensearch/model.js';
import { defineCheck } from '../../define.js';
import { judgeDomains } from './judge.js';

export default defineCheck({
  id: 'opensearch_service_domains_https_communications_enforced',
  scanner: OPENSEARCH,
  reads: ['domains'],
  resource_type: 'AwsOpenSearchServiceDomain',
  title: 'OpenSearch domains require HTTPS with TLS 1.2 or later',
  description:
    'DescribeDomains DomainEndpointOptions: EnforceHTTPS on and a TLS policy requiring TLS 1.2 (Policy-Min-TLS-1-2-2019-07, -PFS-2023-10 or -RFC9151-FIPS-2024-08).',
  severity: 'medium',
  risk: 'Plain HTTP or TLS 1.0/1.1 lets anyone on the path read or alter queries, results and credentials.',
  remediation: {
    text: 'Require HTTPS and choose a TLS 1.2 policy (Policy-Min-TLS-1-2-PFS-2023-10).',
    cli: 'aws opensearch update-domain-config --domain-name NAME --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10',
    console:
      'OpenSearch Service → Domains → <domain> → Security configuration → Edit → Require HTTPS / TLS security policy',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html',
  },
  compliance: { aws_fsbp: ['Opensearch.8'] },
  evaluate(snapshot) {
    return judgeDomains(snapshot, 'the endpoint options', (d, c) => {
      if (!c.enforceHttps) return { pass: false, reason: `domain ${d.name} accepts plain HTTP` };
      return c.tlsSecurityPolicy !== undefined && TLS_1_2_POLICIES.includes(c.tlsSecurityPolicy)
        ? { pass: true, reason: `domain ${d.name} requires HTTPS with ${c.tlsSecurityPolicy}` }
        : {
            pass: false,
            reason: `domain ${d.name} requires HTTPS but its TLS policy ${c.tlsSecurityPolicy ?? '(none)'} allows TLS older than 1.2`,
          };
    });
  },
});
