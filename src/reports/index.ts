import type { CbpEvent, Scan, ScanUnit, Store } from '../core/index.js';
import { eventsCsv, findingsCsv } from './csv.js';
import { renderHtml } from './html.js';
import { reportJson } from './json.js';
import type { ComplianceSummary, ReportModel } from './model.js';
import { htmlToPdf } from './pdf.js';
import type { RoleOf } from './cost.js';
import { buildReportModel, scanEvents } from './source.js';

export const REPORT_FORMATS = ['html', 'pdf', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What a CSV export holds: every event, or the security check results only. */
export const CSV_DATASETS = ['events', 'findings'] as const;
export type CsvDataset = (typeof CSV_DATASETS)[number];

export interface ReportOptions {
  format: ReportFormat;
  /** CSV only. */
  dataset?: CsvDataset;
  /** JSON only: false leaves the events out (the summary, findings, cost… stay). */
  includeEvents?: boolean;
  now?: Date;
  chromiumPath?: string;
  /** The scan's provider's resource type reader (`CloudProvider.resourceIds.typeOf`). */
  resourceTypeOf?: (resourceId: string) => string | undefined;
  /**
   * The scan's compliance per framework, from the checks' own summary (`summarizeCompliance`), so
   * that the report and the API count the same controls; none when absent.
   */
  compliance?: (units: ScanUnit[]) => Promise<ComplianceSummary[]>;
  /** What a metric means (the catalogue's roles): the report reads cost and performance by role. */
  roleOf?: RoleOf;
}

export interface RenderedReport {
  contentType: string;
  /** A file name for downloads: `clouddiagnoze-<client>-<scan>[-findings].<ext>`. */
  filename: string;
  body: string | Buffer | AsyncIterable<string>;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const CHUNK = 64 * 1024;

/** Joins small strings into chunks of about 64 KiB, so a stream is not one write per line. */
export async function* chunked(parts: AsyncIterable<string>): AsyncGenerator<string> {
  let buffer = '';
  for await (const part of parts) {
    buffer += part;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}

export function reportFilename(scan: Scan, format: ReportFormat, dataset?: CsvDataset): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_.-]+/g, '_');
  const suffix = format === 'csv' && dataset === 'findings' ? '-findings' : '';
  return `clouddiagnoze-${safe(scan.client_id)}-${safe(scan.id)}${suffix}.${format}`;
}

async function model(
  store: Store,
  scan: Scan,
  units: ScanUnit[],
  options: ReportOptions,
): Promise<ReportModel> {
  const compliance = (await options.compliance?.(units)) ?? [];
  return buildReportModel(scan, units, scanEvents(store, scan.id), {
    ...(options.now !== undefined && { now: options.now }),
    ...(options.resourceTypeOf !== undefined && { resourceTypeOf: options.resourceTypeOf }),
    ...(options.roleOf !== undefined && { roleOf: options.roleOf }),
    compliance,
  });
}

/**
 * A scan's report in one of the formats. HTML and PDF are built in memory (their size follows the
 * resources); CSV and JSON stream the events from the store page by page.
 */
export async function renderReport(
  store: Store,
  scan: Scan,
  options: ReportOptions,
): Promise<RenderedReport> {
  const units = await store.listUnits(scan.id);
  const { format } = options;
  const base = {
    contentType: CONTENT_TYPES[format],
    filename: reportFilename(scan, format, options.dataset),
  };
  switch (format) {
    case 'html':
      return {
        ...base,
        body: renderHtml(await model(store, scan, units, options)),
      };
    case 'pdf': {
      const html = renderHtml(await model(store, scan, units, options));
      return { ...base, body: await htmlToPdf(html, { executablePath: options.chromiumPath }) };
    }
    case 'csv': {
      const events: AsyncIterable<CbpEvent> = scanEvents(store, scan.id);
      const lines = options.dataset === 'findings' ? findingsCsv(events) : eventsCsv(events);
      return { ...base, body: chunked(lines) };
    }
    case 'json': {
      const report = await model(store, scan, units, options);
      const events = options.includeEvents === false ? null : scanEvents(store, scan.id);
      return { ...base, body: chunked(reportJson(report, events)) };
    }
  }
}

export { buildReportModel, scanEvents } from './source.js';
export { renderHtml } from './html.js';
export { htmlToPdf, PdfUnavailableError, CHROMIUM_PATH } from './pdf.js';
export type { ReportModel } from './model.js';
