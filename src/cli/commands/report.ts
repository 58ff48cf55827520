import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Option, type Command } from 'commander';
import { summarizeScanCompliance } from '../../checks/index.js';
import type { Config } from '../../config/config.js';
import {
  CSV_DATASETS,
  PdfUnavailableError,
  REPORT_FORMATS,
  renderReport,
  type CsvDataset,
  type ReportFormat,
} from '../../reports/index.js';
import { UserError } from '../errors.js';
import { createRuntime } from '../runtime.js';

interface ReportFlags {
  format: ReportFormat;
  out?: string;
  dataset?: CsvDataset;
  events: boolean;
}

export function registerReportCommand(program: Command, loadConfig: () => Config): void {
  program
    .command('report')
    .description('write a scan’s report: HTML, PDF, CSV (events or findings) or JSON')
    .argument('<scan-id>', 'the scan')
    .addOption(
      new Option('--format <format>', 'report format').choices(REPORT_FORMATS).default('html'),
    )
    .option('--out <file>', 'write to this file instead of stdout')
    .addOption(
      new Option('--dataset <dataset>', 'CSV only: every event, or the check results').choices(
        CSV_DATASETS,
      ),
    )
    .option('--no-events', 'JSON only: leave the events out')
    .action(async (scanId: string, flags: ReportFlags, command: Command) => {
      if (flags.dataset !== undefined && flags.format !== 'csv')
        throw new UserError('--dataset applies to --format csv only');
      const eventsFlagGiven = command.getOptionValueSource('events') === 'cli';
      if (eventsFlagGiven && flags.format !== 'json')
        throw new UserError('--no-events applies to --format json only');
      if (flags.format === 'pdf' && flags.out === undefined && process.stdout.isTTY)
        throw new UserError('a PDF is binary: write it to a file with --out report.pdf');
      const runtime = await createRuntime(loadConfig());
      try {
        const scan = await runtime.store.getScan(scanId);
        if (scan === null) throw new UserError(`scan ${scanId} not found`);
        let report;
        try {
          const typeOf = runtime.registry.provider(scan.provider)?.resourceIds.typeOf;
          report = await renderReport(runtime.store, scan, {
            format: flags.format,
            ...(typeOf !== undefined && { resourceTypeOf: typeOf }),
            roleOf: (metricType: string) => runtime.registry.catalogue.get(metricType),
            ...(flags.dataset !== undefined && { dataset: flags.dataset }),
            includeEvents: flags.events,
            compliance: (units) =>
              summarizeScanCompliance(runtime.store, scan, units, runtime.checks),
          });
        } catch (error) {
          if (error instanceof PdfUnavailableError) throw new UserError(error.message);
          throw error;
        }
        const body = report.body;
        const source =
          typeof body === 'string' || Buffer.isBuffer(body)
            ? Readable.from([body])
            : Readable.from(body, { objectMode: false });
        const target: Writable =
          flags.out === undefined ? process.stdout : createWriteStream(flags.out);
        await pipeline(source, target, { end: flags.out !== undefined });
        if (flags.out !== undefined) process.stderr.write(`report written to ${flags.out}\n`);
      } finally {
        await runtime.close();
      }
    });
}
