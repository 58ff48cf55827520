import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  DEFAULT_SCAN_OPTIONS,
  SEVERITIES,
  eventId,
  parseInstant,
  toParisIso,
  wireEventSchema,
  type CbpEvent,
  type CheckStatus,
  type Clock,
  type JsonValue,
  type Scan,
  type Severity,
  type Store,
} from '../core/index.js';
import { checkIdSchema } from './findings.js';
import { JsonArrayError, readJsonArray } from './json-array.js';

/**
 * Import of Prowler's OCSF JSON output (`prowler aws --output-formats json-ocsf`): a JSON array of
 * Detection Findings (class 2004), one per check and resource. Each finding becomes one 2CBP
 * event `aws.security.<service>.<check_id>` per resource, whose value is the check result
 * (status, severity, title, reason, remediation, compliance) as our own checks write it.
 *
 * Imported check ids are Prowler's, and many are not in our metric catalogue: imported events do
 * not go through the scanners' pipeline but are validated against the 2CBP wire schema and the
 * check-result shape, then written with their scan in one transaction.
 */

export interface Issue {
  path: string;
  message: string;
}

/** The file cannot be imported; `issues` name each record and field at fault. Nothing was stored. */
export class ProwlerImportError extends Error {
  constructor(
    message: string,
    readonly issues: Issue[],
  ) {
    super(message);
  }
}

/** Prowler's statuses, and ERROR, which CloudDiagnoze's own export carries. */
const PROWLER_STATUSES = [
  'PASS',
  'FAIL',
  'MANUAL',
  'ERROR',
] as const satisfies readonly CheckStatus[];
const SEVERITY_LABELS = SEVERITIES.map((s) => s[0]!.toUpperCase() + s.slice(1));
/** OCSF finding status_id 3: Prowler writes muted findings as Suppressed. */
const OCSF_SUPPRESSED = 3;

const resourceSchema = z.looseObject({
  uid: z.string().min(1, 'must not be empty'),
  region: z.string().min(1).optional(),
  type: z.string().min(1).optional(),
  name: z.string().optional(),
});

export const prowlerFindingSchema = z.looseObject({
  // Prowler writes Detection Findings (2004); CloudDiagnoze's own OCSF export, Compliance Findings (2003).
  class_uid: z.union([z.literal(2004), z.literal(2003)], {
    error: (issue) =>
      issue.input === undefined
        ? 'is missing'
        : `must be 2004 (Detection Finding) or 2003 (Compliance Finding), got ${JSON.stringify(issue.input)}`,
  }),
  metadata: z.looseObject({ event_code: checkIdSchema }),
  status_code: z.enum(PROWLER_STATUSES, {
    error: (issue) =>
      issue.input === undefined
        ? 'is missing'
        : `must be PASS, FAIL, MANUAL or ERROR, got ${JSON.stringify(issue.input)}`,
  }),
  status_id: z.number().int().optional(),
  severity: z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a string') })
    .transform((value, ctx) => {
      const severity = value.toLowerCase() as Severity;
      if ((SEVERITIES as readonly string[]).includes(severity)) return severity;
      ctx.addIssue({
        code: 'custom',
        message: `must be one of ${SEVERITY_LABELS.join(', ')}, got ${JSON.stringify(value)}`,
      });
      return z.NEVER;
    }),
  message: z.string().optional(),
  status_detail: z.string().optional(),
  risk_details: z.string().optional(),
  finding_info: z.looseObject({
    uid: z.string().min(1, 'must not be empty'),
    title: z.string().min(1, 'must not be empty'),
    desc: z.string().optional(),
  }),
  resources: z.array(resourceSchema).min(1, 'must list at least one resource'),
  cloud: z.looseObject({
    provider: z
      .string()
      .refine((p) => p === 'aws', {
        error: (issue) => `is ${JSON.stringify(issue.input)}: only AWS findings can be imported`,
      })
      .optional(),
    account: z.looseObject({
      uid: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id'),
    }),
    region: z.string().min(1).optional(),
  }),
  remediation: z
    .looseObject({
      desc: z.string().optional(),
      references: z.array(z.string()).optional(),
    })
    .optional(),
  unmapped: z
    .looseObject({
      compliance: z.record(z.string(), z.union([z.array(z.string()), z.string()])).optional(),
    })
    .optional(),
  time: z.number().finite().nonnegative().optional(),
  time_dt: z.string().optional(),
});

export type ProwlerFinding = z.infer<typeof prowlerFindingSchema>;

/** What a finding contributes to an event; the scan id completes it. */
type EventBody = Omit<CbpEvent, 'event_id' | 'scan_id'>;

/** `s3_bucket_default_encryption` → `s3`: Prowler names checks `<service>_<what>`. */
export function serviceOfCheck(checkId: string): string {
  return checkId.split('_')[0]!;
}

function findingTime(finding: ProwlerFinding, fallback: Date): Date {
  if (finding.time !== undefined) {
    // OCSF says milliseconds; Prowler writes seconds. No finding dates from before 1973 or after 5138.
    return new Date(finding.time < 1e11 ? finding.time * 1000 : finding.time);
  }
  if (finding.time_dt !== undefined) {
    const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(finding.time_dt);
    const parsed = parseInstant(hasZone ? finding.time_dt : `${finding.time_dt}Z`);
    if (parsed !== null) return parsed;
  }
  return fallback;
}

function complianceOf(finding: ProwlerFinding): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [framework, controls] of Object.entries(finding.unmapped?.compliance ?? {})) {
    const list = typeof controls === 'string' ? [controls] : controls;
    const ids = [...new Set(list.map((c) => c.trim()).filter((c) => c !== ''))];
    if (ids.length > 0) out[framework] = ids;
  }
  return out;
}

/** One event per resource of a validated Prowler finding, for `clientId`. */
export function prowlerFindingEvents(
  finding: ProwlerFinding,
  clientId: string,
  importedAt: Date,
): EventBody[] {
  const checkId = finding.metadata.event_code;
  const service = serviceOfCheck(checkId);
  const timestamp = toParisIso(findingTime(finding, importedAt));
  const reference = finding.remediation?.references?.find((r) => r.trim() !== '');
  const base: { [key: string]: JsonValue } = {
    status: finding.status_code,
    severity: finding.severity,
    title: finding.finding_info.title,
    reason: finding.status_detail ?? finding.message ?? '',
    remediation: {
      text: finding.remediation?.desc ?? '',
      ...(reference !== undefined && { url: reference }),
    },
    compliance: complianceOf(finding),
    ...(finding.finding_info.desc !== undefined && { description: finding.finding_info.desc }),
    ...(finding.risk_details !== undefined && { risk: finding.risk_details }),
    source: 'prowler',
    source_finding_uid: finding.finding_info.uid,
    ...(finding.status_id === OCSF_SUPPRESSED && { muted: true }),
  };
  return finding.resources.map((resource) => ({
    client_id: clientId,
    timestamp,
    resource_id: resource.uid,
    metric_type: `aws.security.${service}.${checkId}`,
    metric_value: resource.type === undefined ? base : { ...base, resource_type: resource.type },
    provider: 'aws',
    account_id: finding.cloud.account.uid,
    region: resource.region ?? finding.cloud.region ?? 'global',
    service,
    category: 'security',
  }));
}

function zodMessage(issue: z.core.$ZodIssue): string {
  // Zod words a missing field as a type mismatch with undefined.
  return /received undefined$/.test(issue.message) ? 'is missing' : issue.message;
}

function recordIssues(index: number, line: number, error: z.ZodError): Issue[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const path = field === '' ? `[${index}]` : `[${index}].${field}`;
    const subject = field === '' ? 'the record' : field;
    return { path, message: `record [${index}] (line ${line}): ${subject} ${zodMessage(issue)}` };
  });
}

export interface ImportOptions {
  clientId: string;
  clock: Clock;
  /** Problems reported at most (the rest are counted). */
  maxIssues?: number;
  /** Events per write while importing. */
  batchSize?: number;
}

export interface ImportSummary {
  scan_id: string;
  client_id: string;
  /** Prowler findings read. */
  findings: number;
  /** Events stored (one per finding and resource; a repeated check and resource is stored once). */
  events: number;
  duplicates: number;
  statuses: Record<(typeof PROWLER_STATUSES)[number], number>;
  services: string[];
  accounts: string[];
  regions: string[];
}

/** The file's text, readable more than once (the import validates it all, then writes it). */
export type TextSource = () => AsyncIterable<string> | Iterable<string>;

interface Validated {
  findings: number;
  events: number;
  statuses: ImportSummary['statuses'];
  services: Set<string>;
  accounts: Set<string>;
  regions: Set<string>;
}

async function* parsedFindings(
  source: TextSource,
): AsyncGenerator<{ index: number; line: number; parsed: ReturnType<typeof parseFinding> }> {
  for await (const record of readJsonArray(source())) {
    yield { index: record.index, line: record.line, parsed: parseFinding(record.value) };
  }
}

function parseFinding(value: unknown) {
  return prowlerFindingSchema.safeParse(value);
}

async function validate(source: TextSource, clientId: string, now: Date, maxIssues: number) {
  const issues: Issue[] = [];
  let more = 0;
  const add = (found: Issue[]) => {
    for (const issue of found) {
      if (issues.length < maxIssues) issues.push(issue);
      else more += 1;
    }
  };
  const summary: Validated = {
    findings: 0,
    events: 0,
    statuses: { PASS: 0, FAIL: 0, MANUAL: 0, ERROR: 0 },
    services: new Set(),
    accounts: new Set(),
    regions: new Set(),
  };
  try {
    for await (const { index, line, parsed } of parsedFindings(source)) {
      summary.findings += 1;
      if (!parsed.success) {
        add(recordIssues(index, line, parsed.error));
        continue;
      }
      for (const event of prowlerFindingEvents(parsed.data, clientId, now)) {
        const wire = wireEventSchema.safeParse({
          client_id: event.client_id,
          timestamp: event.timestamp,
          resource_id: event.resource_id,
          metric_type: event.metric_type,
          metric_value: event.metric_value,
        });
        if (!wire.success) {
          add(recordIssues(index, line, wire.error));
          continue;
        }
        summary.events += 1;
        summary.services.add(event.service);
        summary.accounts.add(event.account_id);
        summary.regions.add(event.region);
      }
      summary.statuses[parsed.data.status_code] += 1;
    }
  } catch (error) {
    if (!(error instanceof JsonArrayError)) throw error;
    const at = error.position.index;
    add([{ path: at === undefined ? '' : `[${at}]`, message: error.message }]);
  }
  // Counted before the "… and N more" line is added, so the message and the list agree.
  const total = issues.length + more;
  if (more > 0) {
    issues.push({ path: '', message: `… and ${more} more problem${more === 1 ? '' : 's'}` });
  }
  if (issues.length === 0 && summary.findings === 0) {
    issues.push({ path: '', message: 'the file holds no findings: there is nothing to import' });
  }
  return { issues, total: Math.max(total, issues.length), summary };
}

/**
 * Validates the whole file, then stores it as one finished scan with its events, in one
 * transaction: a file with any problem stores nothing. Memory holds one record (and one batch
 * of events) at a time, whatever the file's size.
 */
export async function importProwler(
  store: Store,
  source: TextSource,
  options: ImportOptions,
): Promise<{ scan: Scan; summary: ImportSummary }> {
  const now = options.clock.now();
  const { issues, total, summary } = await validate(
    source,
    options.clientId,
    now,
    options.maxIssues ?? 20,
  );
  if (issues.length > 0) {
    const problems = total === 1 ? issues[0]!.message : `${total} problems`;
    throw new ProwlerImportError(
      `the Prowler file cannot be imported (${problems}); nothing was imported`,
      issues,
    );
  }
  const at = now.toISOString();
  const sorted = (values: Set<string>) => [...values].sort();
  const accounts = sorted(summary.accounts);
  const scan: Scan = {
    id: randomUUID(),
    client_id: options.clientId,
    provider: 'aws',
    services: sorted(summary.services),
    requested_regions: sorted(summary.regions),
    auth_mode: { type: 'import', source: 'prowler' },
    options: { ...DEFAULT_SCAN_OPTIONS },
    status: 'SUCCEEDED',
    account_id: accounts.length === 1 ? accounts[0]! : null,
    progress: { units_total: 0, units_done: 0, units_failed: 0, events: 0 },
    error: null,
    created_at: at,
    started_at: at,
    finished_at: at,
  };
  const batchSize = options.batchSize ?? 500;
  async function* batches(): AsyncGenerator<CbpEvent[]> {
    let batch: CbpEvent[] = [];
    for await (const { index, parsed } of parsedFindings(source)) {
      // The file was valid a moment ago; if it changed since, the transaction is rolled back.
      if (!parsed.success) throw new Error(`record [${index}] changed while it was imported`);
      for (const body of prowlerFindingEvents(parsed.data, options.clientId, now)) {
        batch.push({
          ...body,
          scan_id: scan.id,
          event_id: eventId(scan.id, body.resource_id, body.metric_type),
        });
      }
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
  const events = await store.importScan(scan, batches());
  return {
    scan: { ...scan, progress: { ...scan.progress, events } },
    summary: {
      scan_id: scan.id,
      client_id: scan.client_id,
      findings: summary.findings,
      events,
      duplicates: summary.events - events,
      statuses: summary.statuses,
      services: scan.services,
      accounts,
      regions: scan.requested_regions ?? [],
    },
  };
}
