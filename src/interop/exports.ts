import type { CheckStatus, CloudProvider, Finding, Store } from '../core/index.js';
import { asffChunks } from './asff-export.js';
import { readFindings } from './findings.js';
import { ocsfChunks } from './ocsf-export.js';
import { jsonArrayChunks } from './product.js';
import { sarifChunks } from './sarif-export.js';

/** What an export needs to know of the scan's provider. */
export type ExportProvider = Pick<CloudProvider, 'id' | 'account' | 'asff'>;

/** The format does not apply to the scan's provider (ASFF outside AWS): a 400, not a 500. */
export class ExportNotSupportedError extends Error {}

export interface ExportFormat {
  /** Media type of the whole output. */
  contentType: string;
  /** File name suffix, after the scan id. */
  extension: string;
  description: string;
  /** Whether the format can carry this provider's findings. */
  supports?(provider: ExportProvider): boolean;
  render(findings: AsyncIterable<Finding>, provider: ExportProvider): AsyncGenerator<string>;
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
    supports: (provider) => provider.asff !== undefined,
    render: (findings, provider) => asffChunks(findings, provider.asff!),
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
  provider: ExportProvider,
  options: { statuses?: readonly CheckStatus[] } = {},
): AsyncGenerator<string> {
  const output: ExportFormat = EXPORT_FORMATS[format];
  if (output.supports && !output.supports(provider)) {
    throw new ExportNotSupportedError(
      `the ${format} format does not apply to ${provider.id} findings; use one of ${EXPORT_FORMAT_NAMES.filter((name) => (EXPORT_FORMATS[name] as ExportFormat).supports?.(provider) ?? true).join(', ')}`,
    );
  }
  const findings = readFindings(store, {
    scan_id: scanId,
    provider: provider.id,
    ...(options.statuses !== undefined && { statuses: options.statuses }),
  });
  return output.render(findings, provider);
}
