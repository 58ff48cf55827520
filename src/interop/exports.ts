import type { CheckStatus, Finding, Store } from '../core/index.js';
import { asffChunks } from './asff-export.js';
import { readFindings } from './findings.js';
import { ocsfChunks } from './ocsf-export.js';
import { jsonArrayChunks } from './product.js';
import { sarifChunks } from './sarif-export.js';

export interface ExportFormat {
  /** Media type of the whole output. */
  contentType: string;
  /** File name suffix, after the scan id. */
  extension: string;
  description: string;
  render(findings: AsyncIterable<Finding>): AsyncGenerator<string>;
}

/** The export formats by name: adding one is adding an entry. */
export const EXPORT_FORMATS = {
  json: {
    contentType: 'application/json',
    extension: 'findings.json',
    description:
      'JSON array of findings (check id, resource, status, severity, remediation, compliance)',
    render: (findings) => jsonArrayChunks(findings, (f) => f),
  },
  ocsf: {
    contentType: 'application/json',
    extension: 'ocsf.json',
    description: 'JSON array of OCSF 1.5 Compliance Findings (class 2003)',
    render: ocsfChunks,
  },
  asff: {
    contentType: 'application/x-ndjson',
    extension: 'asff.ndjson',
    description:
      'NDJSON, one Security Hub BatchImportFindings request per line: {"Findings":[…]} with at most 100 findings and 6 MB, of one account and region',
    render: (findings) => asffChunks(findings),
  },
  sarif: {
    contentType: 'application/sarif+json',
    extension: 'sarif',
    description: 'SARIF 2.1.0 log: one rule per check, one result per resource',
    render: sarifChunks,
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

/** A scan's check results in `format`, produced page by page from the store. */
export function exportFindings(
  store: Store,
  scanId: string,
  format: ExportFormatName,
  options: { statuses?: readonly CheckStatus[] } = {},
): AsyncGenerator<string> {
  const findings = readFindings(store, {
    scan_id: scanId,
    ...(options.statuses !== undefined && { statuses: options.statuses }),
  });
  return EXPORT_FORMATS[format].render(findings);
}
