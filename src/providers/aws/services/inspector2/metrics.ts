import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const S = 'aws.security.inspector2';

/** Facts about the region's Amazon Inspector for the scanned account (all on the region). */
export const INSPECTOR2_METRIC = defineMetrics({
  accountStatus: {
    name: `${S}.account_status`,
    valueType: 'string',
    role: 'resource_state',
    description:
      'The account’s Inspector state in the region: ENABLED as soon as one scan type is, else DISABLED, ENABLING, SUSPENDED…',
  },
  ec2ScanStatus: {
    name: `${S}.ec2_scan_status`,
    valueType: 'string',
    description: 'EC2 scanning: ENABLED, ENABLING, DISABLED, DISABLING, SUSPENDED or SUSPENDING.',
  },
  ecrScanStatus: {
    name: `${S}.ecr_scan_status`,
    valueType: 'string',
    description: 'ECR container image scanning: ENABLED, DISABLED…',
  },
  lambdaScanStatus: {
    name: `${S}.lambda_scan_status`,
    valueType: 'string',
    description: 'Lambda standard scanning (package vulnerabilities): ENABLED, DISABLED…',
  },
  lambdaCodeScanStatus: {
    name: `${S}.lambda_code_scan_status`,
    valueType: 'string',
    description:
      'Lambda code scanning (vulnerabilities in the function’s own code): ENABLED, DISABLED…',
  },
  accountError: {
    name: `${S}.account_status_error`,
    valueType: 'string',
    description:
      'BatchGetAccountStatus could not be read, or did not list the account: action: code.',
  },
  findingsBySeverity: {
    name: `${S}.findings_by_severity`,
    valueType: 'object',
    description:
      'Active findings by severity: {all, critical, high, medium} (ListFindingAggregations ACCOUNT).',
  },
  criticalFindings: {
    name: `${S}.critical_findings`,
    valueType: 'number',
    unit: 'count',
    description: 'Active findings of critical severity.',
  },
  findingsError: {
    name: `${S}.findings_error`,
    valueType: 'string',
    description: 'ListFindingAggregations could not be read: action: code.',
  },
  coveredResources: {
    name: `${S}.covered_resources`,
    valueType: 'number',
    unit: 'count',
    description:
      'Resources Inspector covers in the region (EC2 instances, ECR repositories and images, Lambda functions): ListCoverageStatistics totalCounts.',
  },
  coverageError: {
    name: `${S}.coverage_error`,
    valueType: 'string',
    description: 'ListCoverageStatistics could not be read: action: code.',
  },
});

export const INSPECTOR2_METRICS: readonly MetricDefinition[] = INSPECTOR2_METRIC.definitions;
