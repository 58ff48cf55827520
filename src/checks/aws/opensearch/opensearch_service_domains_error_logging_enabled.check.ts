import { OPENSEARCH } from '../../../providers/aws/services/opensearch/model.js';
import { defineCheck } from '../../define.js';
import { judgeDomains } from './judge.js';

export default defineCheck({
  id: 'opensearch_service_domains_error_logging_enabled',
  scanner: OPENSEARCH,
  reads: ['domains'],
  resource_type: 'AwsOpenSearchServiceDomain',
  title: 'OpenSearch domains publish error logs to CloudWatch Logs',
  description:
    'DescribeDomains LogPublishingOptions.ES_APPLICATION_LOGS enabled. Slow logs are reported as facts, not judged.',
  severity: 'medium',
  risk: 'Without error logs, failures of the domain (shards, plugins, out-of-memory) go unseen until queries fail.',
  remediation: {
    text: 'Publish error logs to a CloudWatch Logs log group (with a resource policy letting es.amazonaws.com write to it).',
    cli: 'aws opensearch update-domain-config --domain-name NAME --log-publishing-options ES_APPLICATION_LOGS={CloudWatchLogsLogGroupArn=LOG_GROUP_ARN,Enabled=true}',
    console: 'OpenSearch Service → Domains → <domain> → Logs → Error logs → Enable',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html',
  },
  compliance: { aws_fsbp: ['Opensearch.4'] },
  evaluate(snapshot) {
    return judgeDomains(snapshot, 'log publishing', (d, c) => {
      return c.logs.application !== undefined
        ? { pass: true, reason: `domain ${d.name} publishes error logs to ${c.logs.application}` }
        : { pass: false, reason: `domain ${d.name} publishes no error logs` };
    });
  },
});
