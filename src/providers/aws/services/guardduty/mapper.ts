import type { GetDetectorResponse } from '@aws-sdk/client-guardduty';
import type { DetectorDetails, SeverityCounts } from './model.js';

/**
 * GuardDuty's severity bands (https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings-severity.html).
 * COUNT_BY_SEVERITY keys are the severity values themselves ("8.0", "5.3"), so each is placed in its band.
 */
export function severityCounts(
  countBySeverity: Record<string, number> | undefined,
): SeverityCounts {
  const counts: SeverityCounts = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const [key, count] of Object.entries(countBySeverity ?? {})) {
    const severity = Number(key);
    if (!Number.isFinite(severity)) continue;
    const band: keyof SeverityCounts =
      severity >= 9 ? 'critical' : severity >= 7 ? 'high' : severity >= 4 ? 'medium' : 'low';
    counts[band] += count;
  }
  return counts;
}

export function mapDetector(answer: GetDetectorResponse): DetectorDetails {
  return {
    status: answer.Status ?? 'DISABLED',
    ...(answer.FindingPublishingFrequency
      ? { findingPublishingFrequency: answer.FindingPublishingFrequency }
      : {}),
    features: (answer.Features ?? []).flatMap((f) =>
      f.Name ? [{ name: f.Name, status: f.Status ?? 'DISABLED' }] : [],
    ),
    ...(answer.CreatedAt ? { createdAt: answer.CreatedAt } : {}),
    tags: { ...(answer.Tags ?? {}) },
  };
}
