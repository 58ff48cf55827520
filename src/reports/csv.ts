import type { CbpEvent } from '../core/index.js';
import { parseFinding } from './findings.js';

/**
 * RFC 4180 cell. A text starting with = + - @ (or a tab / carriage return) is prefixed with a quote
 * so that a spreadsheet shows it rather than evaluating it as a formula.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: (string | number | boolean | null | undefined)[]): string =>
  cells.map(csvCell).join(',') + '\r\n';

export const EVENT_COLUMNS = [
  'timestamp',
  'client_id',
  'account_id',
  'region',
  'service',
  'category',
  'resource_id',
  'metric_type',
  'metric_value',
] as const;

export const FINDING_COLUMNS = [
  'check_id',
  'status',
  'severity',
  'title',
  'service',
  'region',
  'account_id',
  'resource_id',
  'reason',
  'compliance',
  'remediation',
  'timestamp',
] as const;

function valueCell(value: CbpEvent['metric_value']): string | number | boolean {
  return typeof value === 'object' ? JSON.stringify(value) : value;
}

/** One CSV line per event (objects and arrays as JSON), header first. */
export async function* eventsCsv(events: AsyncIterable<CbpEvent>): AsyncGenerator<string> {
  yield csvLine([...EVENT_COLUMNS]);
  for await (const e of events) {
    yield csvLine([
      e.timestamp,
      e.client_id,
      e.account_id,
      e.region,
      e.service,
      e.category,
      e.resource_id,
      e.metric_type,
      valueCell(e.metric_value),
    ]);
  }
}

/** One CSV line per check result; compliance as `framework:control` separated by spaces. */
export async function* findingsCsv(events: AsyncIterable<CbpEvent>): AsyncGenerator<string> {
  yield csvLine([...FINDING_COLUMNS]);
  for await (const event of events) {
    const parsed = parseFinding(event);
    if (!parsed) continue;
    const { finding, check } = parsed;
    const compliance = Object.entries(check.compliance)
      .flatMap(([framework, controls]) => controls.map((c) => `${framework}:${c}`))
      .join(' ');
    yield csvLine([
      finding.check_id,
      finding.status,
      finding.severity,
      finding.title,
      finding.service,
      finding.region,
      finding.account_id,
      finding.resource_id,
      finding.reason,
      compliance,
      check.remediation?.text ?? '',
      finding.timestamp,
    ]);
  }
}
