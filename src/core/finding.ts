import { z } from 'zod';
import { CHECK_STATUSES, SEVERITIES, type CheckStatus, type Severity } from './check.js';
import type { CbpEvent } from './event.js';

/** framework id → control ids; the keys are the frameworks' own ids (e.g. `CIS-3.0`, `cis_aws_7.0`). */
export const complianceSchema = z.record(z.string().min(1), z.array(z.string().min(1)));

/**
 * The `metric_value` of a check result. Reading is lenient about what is optional (a result
 * without remediation or compliance is still a finding); importing writes every field.
 */
export const checkResultValueSchema = z.looseObject({
  status: z.enum(CHECK_STATUSES),
  severity: z.enum(SEVERITIES),
  title: z.string().min(1),
  reason: z.string().default(''),
  remediation: z
    .looseObject({
      text: z.string().default(''),
      cli: z.string().optional(),
      console: z.string().optional(),
      url: z.string().optional(),
    })
    .default({ text: '' }),
  compliance: complianceSchema.default({}),
  /** ASFF resource type (`AwsS3Bucket`…) when the producer knows it. */
  resource_type: z.string().min(1).optional(),
  description: z.string().optional(),
  risk: z.string().optional(),
});

export type CheckResultValue = z.infer<typeof checkResultValueSchema>;

/** One stored check result, as the exports see it. */
export interface Finding {
  event_id: string;
  scan_id: string;
  client_id: string;
  provider: string;
  account_id: string;
  region: string;
  service: string;
  check_id: string;
  metric_type: string;
  resource_id: string;
  /** The event's timestamp (ISO 8601, Europe/Paris offset). */
  timestamp: string;
  status: CheckStatus;
  severity: Severity;
  title: string;
  reason: string;
  remediation: { text: string; cli?: string; console?: string; url?: string };
  compliance: Record<string, string[]>;
  resource_type?: string;
  description?: string;
  risk?: string;
}

/** The finding an event holds, or null when the event is not a check result (a security count…). */
export function findingOf(event: CbpEvent): Finding | null {
  const parts = event.metric_type.split('.');
  if (parts[1] !== 'security' || parts.length < 4) return null;
  const parsed = checkResultValueSchema.safeParse(event.metric_value);
  if (!parsed.success) return null;
  const value = parsed.data;
  const finding: Finding = {
    event_id: event.event_id,
    scan_id: event.scan_id,
    client_id: event.client_id,
    provider: event.provider,
    account_id: event.account_id,
    region: event.region,
    service: event.service,
    check_id: parts.slice(3).join('.'),
    metric_type: event.metric_type,
    resource_id: event.resource_id,
    timestamp: event.timestamp,
    status: value.status,
    severity: value.severity,
    title: value.title,
    reason: value.reason,
    remediation: {
      text: value.remediation.text,
      ...(value.remediation.cli !== undefined && { cli: value.remediation.cli }),
      ...(value.remediation.console !== undefined && { console: value.remediation.console }),
      ...(value.remediation.url !== undefined && { url: value.remediation.url }),
    },
    compliance: value.compliance,
  };
  if (value.resource_type !== undefined) finding.resource_type = value.resource_type;
  if (value.description !== undefined) finding.description = value.description;
  if (value.risk !== undefined) finding.risk = value.risk;
  return finding;
}
