import { INSPECTOR2 } from '../../../providers/aws/services/inspector2/model.js';
import { defineCheck } from '../../define.js';
import { regionScope, unreadable } from '../regional.js';

/** The scan types this check requires, with the names the reasons give them. */
const REQUIRED = [
  ['ec2', 'EC2'],
  ['ecr', 'ECR'],
  ['lambda', 'Lambda'],
] as const;

export default defineCheck({
  id: 'inspector2_is_enabled',
  scanner: INSPECTOR2,
  reads: ['account'],
  resource_type: 'AwsRegion',
  title: 'Inspector scans EC2, ECR and Lambda in every region',
  description:
    'Reads the account’s Inspector status in each enabled region (BatchGetAccountStatus): EC2, ECR and Lambda standard scanning must all be ENABLED; any other status (DISABLED, SUSPENDED, ENABLING…) fails and is named.',
  severity: 'medium',
  risk: 'Without Inspector, known vulnerabilities (CVEs) and unintended network exposure of instances, container images and functions go unreported in that region: nobody learns which workloads need patching.',
  remediation: {
    text: 'Activate Amazon Inspector with EC2, ECR and Lambda scanning in every region (from the delegated administrator, with auto-enable for the organization’s members).',
    cli: 'aws inspector2 enable --resource-types EC2 ECR LAMBDA --region <region>',
    console:
      'Amazon Inspector → Get started → Activate Inspector (in each region) → Account management',
    url: 'https://docs.aws.amazon.com/inspector/latest/user/getting_started_tutorial.html',
  },
  compliance: { aws_fsbp: ['Inspector.1', 'Inspector.2', 'Inspector.4'] },
  *evaluate(snapshot, ctx) {
    const resource_id = regionScope('inspector2', ctx);
    if (snapshot.account.state === 'absent') {
      yield {
        resource_id,
        status: 'FAIL',
        reason: `Inspector has no status for the account in ${ctx.region}: it was never activated there`,
      };
      return;
    }
    if (snapshot.account.state !== 'available') {
      yield unreadable(resource_id, 'the account’s Inspector status', snapshot.account);
      return;
    }
    const types = snapshot.account.value.scanTypes;
    const off = REQUIRED.filter(([key]) => types[key] !== 'ENABLED');
    yield off.length === 0
      ? {
          resource_id,
          status: 'PASS',
          reason: `Inspector scans EC2, ECR and Lambda in ${ctx.region}`,
        }
      : {
          resource_id,
          status: 'FAIL',
          reason: `Inspector in ${ctx.region} does not scan ${off.map(([key, name]) => `${name} (${types[key]})`).join(', ')}`,
        };
  },
});
