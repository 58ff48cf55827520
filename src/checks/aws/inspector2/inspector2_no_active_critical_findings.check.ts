import { INSPECTOR2 } from '../../../providers/aws/services/inspector2/model.js';
import { defineCheck } from '../../define.js';
import { regionScope, unreadable } from '../regional.js';

export default defineCheck({
  id: 'inspector2_no_active_critical_findings',
  scanner: INSPECTOR2,
  reads: ['findings'],
  resource_type: 'AwsRegion',
  title: 'Inspector has no active critical findings',
  description:
    'Counts the account’s active Inspector findings by severity in one aggregation (ListFindingAggregations, ACCOUNT): any critical finding fails; the reason gives every band. A region where Inspector scans nothing is the concern of inspector2_is_enabled.',
  severity: 'high',
  risk: 'A critical Inspector finding is a vulnerability that is remotely exploitable or already exploited in the wild, on a running instance, image or function: the shortest path to a compromise.',
  remediation: {
    text: 'Patch or rebuild the affected instances, images and functions (Inspector names the fixed package version), or suppress a finding that does not apply with a documented suppression rule.',
    cli: 'aws inspector2 list-findings --filter-criteria \'{"severity":[{"comparison":"EQUALS","value":"CRITICAL"}],"findingStatus":[{"comparison":"EQUALS","value":"ACTIVE"}]}\'',
    console: 'Amazon Inspector → Findings → By vulnerability → filter Severity: Critical',
    url: 'https://docs.aws.amazon.com/inspector/latest/user/findings-understanding-severity.html',
  },
  compliance: {},
  *evaluate(snapshot, ctx) {
    const resource_id = regionScope('inspector2', ctx);
    if (snapshot.findings.state === 'absent') return;
    if (snapshot.findings.state !== 'available') {
      yield unreadable(resource_id, 'the account’s Inspector findings', snapshot.findings);
      return;
    }
    const c = snapshot.findings.value;
    const bands = `${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.all} in all`;
    yield c.critical > 0
      ? {
          resource_id,
          status: 'FAIL',
          reason: `Inspector has active findings in ${ctx.region}: ${bands}`,
        }
      : {
          resource_id,
          status: 'PASS',
          reason: `Inspector has no active critical finding in ${ctx.region} (${bands})`,
        };
  },
});
