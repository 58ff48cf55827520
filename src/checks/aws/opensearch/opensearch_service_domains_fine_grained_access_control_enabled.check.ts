import { OPENSEARCH } from '../../../providers/aws/services/opensearch/model.js';
import { defineCheck } from '../../define.js';
import { judgeDomains } from './judge.js';

export default defineCheck({
  id: 'opensearch_service_domains_fine_grained_access_control_enabled',
  scanner: OPENSEARCH,
  reads: ['domains'],
  resource_type: 'AwsOpenSearchServiceDomain',
  title: 'OpenSearch domains have fine-grained access control',
  description:
    'DescribeDomains AdvancedSecurityOptions.Enabled: users, roles and index-, document- and field-level permissions inside the domain.',
  severity: 'high',
  risk: 'Without fine-grained access control, anyone the access policy lets in can do everything to every index: no per-user permission, no audit of who did what.',
  remediation: {
    text: 'Enable fine-grained access control with a master user (IAM ARN or internal database); it requires HTTPS, node-to-node encryption and encryption at rest.',
    cli: 'aws opensearch update-domain-config --domain-name NAME --advanced-security-options Enabled=true,MasterUserOptions={MasterUserARN=ROLE_ARN}',
    console:
      'OpenSearch Service → Domains → <domain> → Security configuration → Edit → Fine-grained access control',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html',
  },
  compliance: { aws_fsbp: ['Opensearch.7'] },
  evaluate(snapshot) {
    return judgeDomains(snapshot, 'fine-grained access control', (d, c) => {
      if (!c.fineGrainedAccessControl)
        return { pass: false, reason: `domain ${d.name} has no fine-grained access control` };
      return c.anonymousAuth
        ? {
            pass: false,
            reason: `domain ${d.name} has fine-grained access control but lets anonymous users in`,
          }
        : { pass: true, reason: `domain ${d.name} has fine-grained access control` };
    });
  },
});
