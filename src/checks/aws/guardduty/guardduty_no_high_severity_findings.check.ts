import { GUARDDUTY } from '../../../providers/aws/services/guardduty/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'guardduty_no_high_severity_findings',
  scanner: GUARDDUTY,
  reads: ['detectors'],
  resource_type: 'AwsGuardDutyDetector',
  title: 'GuardDuty has no active high or critical findings',
  description:
    'Counts the detector’s unarchived findings by severity (GetFindingsStatistics): any of severity 7.0 or above fails; the reason gives every band.',
  severity: 'high',
  risk: 'A high or critical GuardDuty finding is a resource most likely compromised (credential exfiltration, a backdoor, crypto-mining) that nobody has handled yet.',
  remediation: {
    text: 'Investigate and remediate each high and critical finding, then archive it; route new ones to the on-call team through EventBridge or Security Hub.',
    cli: 'aws guardduty list-findings --detector-id ID --finding-criteria \'{"Criterion":{"severity":{"Gte":7},"service.archived":{"Eq":["false"]}}}\'',
    console: 'GuardDuty → Findings → filter Severity: High, Critical',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings-summary.html',
  },
  compliance: {},
  *evaluate(snapshot) {
    if (snapshot.detectors.state !== 'available') return;
    for (const detector of snapshot.detectors.value) {
      if (detector.findings.state === 'absent') continue;
      if (detector.findings.state !== 'available') {
        yield unreadable(
          detector.arn,
          `the findings of detector ${detector.id}`,
          detector.findings,
        );
        continue;
      }
      const c = detector.findings.value;
      const bands = `${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.low} low`;
      yield c.high + c.critical > 0
        ? {
            resource_id: detector.arn,
            status: 'FAIL',
            reason: `detector ${detector.id} has active findings: ${bands}`,
          }
        : {
            resource_id: detector.arn,
            status: 'PASS',
            reason: `detector ${detector.id} has no active high or critical finding (${bands})`,
          };
    }
  },
});
