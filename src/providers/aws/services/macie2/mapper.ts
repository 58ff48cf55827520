import type {
  GetAutomatedDiscoveryConfigurationResponse,
  GetMacieSessionResponse,
  GroupCount,
  JobSummary,
} from '@aws-sdk/client-macie2';
import { arn } from '../../arn.js';
import type {
  AutomatedDiscovery,
  ClassificationJob,
  MacieSession,
  SeverityCounts,
} from './model.js';

const iso = (d: Date | undefined) => (d ? { value: d.toISOString() } : undefined);

export function mapSession(answer: GetMacieSessionResponse): MacieSession {
  const created = iso(answer.createdAt);
  const updated = iso(answer.updatedAt);
  return {
    status: answer.status ?? 'PAUSED',
    ...(answer.findingPublishingFrequency
      ? { findingPublishingFrequency: answer.findingPublishingFrequency }
      : {}),
    ...(created ? { createdAt: created.value } : {}),
    ...(updated ? { updatedAt: updated.value } : {}),
  };
}

/** countsByGroup keyed by severity.description: Low, Medium, High. */
export function severityCounts(groups: readonly GroupCount[] | undefined): SeverityCounts {
  const counts: SeverityCounts = { low: 0, medium: 0, high: 0 };
  for (const g of groups ?? []) {
    const band = g.groupKey?.toLowerCase();
    if (band === 'low' || band === 'medium' || band === 'high') counts[band] += g.count ?? 0;
  }
  return counts;
}

export function mapJob(
  job: JobSummary,
  ctx: { region: string; accountId: string },
): ClassificationJob | undefined {
  if (!job.jobId) return undefined;
  const created = iso(job.createdAt);
  return {
    id: job.jobId,
    arn: arn('macie2', ctx.region, ctx.accountId, `classification-job/${job.jobId}`),
    name: job.name ?? job.jobId,
    status: job.jobStatus ?? 'UNKNOWN',
    type: job.jobType ?? 'UNKNOWN',
    ...(created ? { createdAt: created.value } : {}),
    lastRunFailed: job.lastRunErrorStatus?.code === 'ERROR',
  };
}

export function mapAutomatedDiscovery(
  answer: GetAutomatedDiscoveryConfigurationResponse,
): AutomatedDiscovery {
  const first = iso(answer.firstEnabledAt);
  const updated = iso(answer.lastUpdatedAt);
  const disabled = iso(answer.disabledAt);
  return {
    status: answer.status ?? 'DISABLED',
    ...(first ? { firstEnabledAt: first.value } : {}),
    ...(updated ? { lastUpdatedAt: updated.value } : {}),
    ...(disabled ? { disabledAt: disabled.value } : {}),
  };
}
