import { OPENSEARCH } from '../../../providers/aws/services/opensearch/model.js';
import { defineCheck } from '../../define.js';
import { judgeDomains } from './judge.js';

export default defineCheck({
  id: 'opensearch_service_domains_not_publicly_accessible',
  scanner: OPENSEARCH,
  reads: ['domains'],
  resource_type: 'AwsOpenSearchServiceDomain',
  title: 'OpenSearch domains are not open to anyone on the internet',
  description:
    'DescribeDomains: a domain with a public endpoint (not in a VPC) whose access policy lets principal "*" call es actions without a narrowing condition (aws:SourceIp, an account, an organization) fails. A domain in a VPC, or public with a narrowed policy, passes. (FSBP Opensearch.2 asks more: a VPC for every domain.)',
  severity: 'critical',
  risk: 'Anyone who finds the endpoint can read, write and delete indices: search domains left open are a common source of large data leaks and ransom wipes.',
  remediation: {
    text: 'Narrow the access policy to named principals or source addresses, turn on fine-grained access control, or recreate the domain in a VPC.',
    cli: 'aws opensearch update-domain-config --domain-name NAME --access-policies file://policy.json',
    console:
      'OpenSearch Service → Domains → <domain> → Security configuration → Edit → Access policy',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html',
  },
  compliance: {},
  evaluate(snapshot) {
    return judgeDomains(snapshot, 'the access policy', (d, c) => {
      if (c.vpcId !== undefined)
        return { pass: true, reason: `domain ${d.name} is in VPC ${c.vpcId}` };
      const open = c.accessPolicy?.publicStatements ?? [];
      return open.length > 0
        ? {
            pass: false,
            reason: `domain ${d.name} has a public endpoint and its access policy lets anyone call ${c.accessPolicy?.publicActions.join(', ')} (statement ${open.join(', ')})`,
          }
        : {
            pass: true,
            reason: c.accessPolicy
              ? `domain ${d.name} has a public endpoint; its access policy lets no one in without a narrowing condition`
              : `domain ${d.name} has a public endpoint and no access policy`,
          };
    });
  },
});
