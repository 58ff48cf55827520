import { OPENSEARCH } from '../../../providers/aws/services/opensearch/model.js';
import { defineCheck } from '../../define.js';
import { judgeDomains } from './judge.js';

export default defineCheck({
  id: 'opensearch_service_domains_audit_logging_enabled',
  scanner: OPENSEARCH,
  reads: ['domains'],
  resource_type: 'AwsOpenSearchServiceDomain',
  title: 'OpenSearch domains publish audit logs to CloudWatch Logs',
  description:
    'DescribeDomains LogPublishingOptions.AUDIT_LOGS enabled (audit logs need fine-grained access control).',
  severity: 'medium',
  risk: 'Without audit logs, nobody can tell who read, changed or deleted which index, nor see failed logins.',
  remediation: {
    text: 'Enable fine-grained access control, then publish audit logs to a CloudWatch Logs log group.',
    cli: 'aws opensearch update-domain-config --domain-name NAME --log-publishing-options AUDIT_LOGS={CloudWatchLogsLogGroupArn=LOG_GROUP_ARN,Enabled=true}',
    console: 'OpenSearch Service → Domains → <domain> → Logs → Audit logs → Enable',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html',
  },
  compliance: { aws_fsbp: ['Opensearch.5'] },
  evaluate(snapshot) {
    return judgeDomains(snapshot, 'log publishing', (d, c) => {
      return c.logs.audit !== undefined
        ? { pass: true, reason: `domain ${d.name} publishes audit logs to ${c.logs.audit}` }
        : { pass: false, reason: `domain ${d.name} publishes no audit logs` };
    });
  },
});
