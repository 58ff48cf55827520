import { OPENSEARCH } from '../../../providers/aws/services/opensearch/model.js';
import { defineCheck } from '../../define.js';
import { judgeDomains } from './judge.js';

export default defineCheck({
  id: 'opensearch_service_domains_updated_to_the_latest_service_software_version',
  scanner: OPENSEARCH,
  reads: ['domains'],
  resource_type: 'AwsOpenSearchServiceDomain',
  title: 'OpenSearch domains run the latest service software',
  description:
    'DescribeDomains ServiceSoftwareOptions.UpdateAvailable: a domain with a service software update waiting fails.',
  severity: 'low',
  risk: 'Service software updates carry security fixes; a domain that does not take them keeps known vulnerabilities.',
  remediation: {
    text: 'Start the service software update (or let the off-peak window apply it).',
    cli: 'aws opensearch start-service-software-update --domain-name NAME',
    console: 'OpenSearch Service → Domains → <domain> → Actions → Update',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html',
  },
  compliance: { aws_fsbp: ['Opensearch.10'] },
  evaluate(snapshot) {
    return judgeDomains(snapshot, 'the service software', (d, c) => {
      return c.updateAvailable
        ? {
            pass: false,
            reason: `domain ${d.name} has a service software update waiting (runs ${c.serviceSoftwareVersion ?? 'an unknown release'})`,
          }
        : {
            pass: true,
            reason: `domain ${d.name} runs the latest service software${c.serviceSoftwareVersion ? ` (${c.serviceSoftwareVersion})` : ''}`,
          };
    });
  },
});
