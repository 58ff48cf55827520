import {
  ACCESSANALYZER,
  isExternalAccess,
} from '../../../providers/aws/services/accessanalyzer/model.js';
import { defineCheck } from '../../define.js';
import { regionScope, unreadable } from '../regional.js';

export default defineCheck({
  id: 'accessanalyzer_enabled',
  scanner: ACCESSANALYZER,
  reads: ['analyzers'],
  resource_type: 'AwsRegion',
  title: 'IAM Access Analyzer watches the region for external access',
  description:
    'Looks in each region for an ACTIVE external access analyzer (account or organization zone of trust); unused-access and internal-access analyzers do not count.',
  severity: 'low',
  risk: 'Buckets, keys, roles or queues shared outside the account go unnoticed: Access Analyzer only analyzes the region it runs in.',
  remediation: {
    text: 'Create an external access analyzer in every region in use (with the organization as zone of trust from the management or delegated administrator account).',
    cli: 'aws accessanalyzer create-analyzer --analyzer-name external-access --type ACCOUNT --region <region>',
    console: 'IAM → Access analyzer → Create analyzer → External access analysis',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html',
  },
  compliance: { 'cis_aws_7.0': ['2.18'] },
  *evaluate(snapshot, ctx) {
    const resource_id = regionScope('access-analyzer', ctx);
    if (snapshot.analyzers.state !== 'available') {
      yield unreadable(resource_id, 'the region’s analyzers', snapshot.analyzers);
      return;
    }
    const external = snapshot.analyzers.value.filter(isExternalAccess);
    const active = external.find((a) => a.status === 'ACTIVE');
    if (active) {
      yield {
        resource_id,
        status: 'PASS',
        reason: `analyzer ${active.name} (${active.type}) is ACTIVE`,
      };
      return;
    }
    yield {
      resource_id,
      status: 'FAIL',
      reason:
        external.length === 0
          ? `no external access analyzer in ${ctx.region}`
          : `no ACTIVE external access analyzer: ${external.map((a) => `${a.name} is ${a.status}`).join(', ')}`,
    };
  },
});
