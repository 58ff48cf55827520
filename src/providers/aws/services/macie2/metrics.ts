import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.macie2';
const S = 'aws.security.macie2';

/** Facts about the region's Macie (on the region) and its classification jobs (on the job's ARN). */
export const MACIE2_METRIC = defineMetrics({
  enabled: {
    name: `${S}.enabled`,
    valueType: 'boolean',
    description:
      'Macie is ENABLED for the account in the region (on the region); false when it is not enabled or PAUSED.',
  },
  sessionStatus: {
    name: `${S}.session_status`,
    valueType: 'string',
    role: 'resource_state',
    description: 'ENABLED or PAUSED (GetMacieSession).',
  },
  findingPublishingFrequency: {
    name: `${M}.finding_publishing_frequency`,
    valueType: 'string',
    description:
      'How often updated policy findings are published: FIFTEEN_MINUTES, ONE_HOUR or SIX_HOURS.',
  },
  sessionError: {
    name: `${S}.session_error`,
    valueType: 'string',
    description:
      'GetMacieSession could not be read (a denied permission, not a disabled Macie): action: code.',
  },
  findingsBySeverity: {
    name: `${S}.findings_by_severity`,
    valueType: 'object',
    description:
      'Unarchived findings by severity: {low, medium, high} (GetFindingStatistics grouped by severity.description).',
  },
  highSeverityFindings: {
    name: `${S}.high_severity_findings`,
    valueType: 'number',
    unit: 'count',
    description: 'Unarchived findings of high severity.',
  },
  findingsError: {
    name: `${S}.findings_error`,
    valueType: 'string',
    description: 'GetFindingStatistics could not be read: action: code.',
  },
  classificationJobs: {
    name: `${S}.classification_jobs`,
    valueType: 'number',
    unit: 'count',
    description: 'Sensitive data discovery jobs of the region, whatever their status.',
  },
  jobStatus: {
    name: `${M}.job_status`,
    valueType: 'string',
    role: 'resource_state',
    description: 'RUNNING, PAUSED, USER_PAUSED, IDLE, COMPLETE or CANCELLED (on the job).',
  },
  jobType: {
    name: `${M}.job_type`,
    valueType: 'string',
    description: 'ONE_TIME or SCHEDULED (on the job).',
  },
  jobLastRunFailed: {
    name: `${S}.job_last_run_failed`,
    valueType: 'boolean',
    description: 'The job’s last run ended with errors (lastRunErrorStatus ERROR).',
  },
  jobsError: {
    name: `${S}.classification_jobs_error`,
    valueType: 'string',
    description: 'ListClassificationJobs could not be read: action: code.',
  },
  automatedDiscoveryStatus: {
    name: `${S}.automated_discovery_status`,
    valueType: 'string',
    description: 'Automated sensitive data discovery: ENABLED or DISABLED.',
  },
  automatedDiscoveryError: {
    name: `${S}.automated_discovery_error`,
    valueType: 'string',
    description: 'GetAutomatedDiscoveryConfiguration could not be read: action: code.',
  },
});

export const MACIE2_METRICS: readonly MetricDefinition[] = MACIE2_METRIC.definitions;
