import { createReadStream, createWriteStream } from 'node:fs';
import { access, constants, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Option, type Command } from 'commander';
import { CHECK_STATUSES, type CheckStatus } from '../../core/index.js';
import type { Config } from '../../config/config.js';
import {
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  ExportNotSupportedError,
  exportFindings,
  type ExportFormatName,
} from '../../interop/exports.js';
import { ProwlerImportError, importProwler } from '../../interop/prowler-import.js';
import { CLIENT_ID } from '../../scanning/request.js';
import { UserError } from '../errors.js';
import { createRuntime } from '../runtime.js';

/** The file is read this much at a time: memory stays flat whatever its size. */
const READ_CHUNK_BYTES = 1024 * 1024;

async function readable(file: string): Promise<void> {
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UserError(`cannot read ${file}: ${code}`);
  }
}

async function writeAll(out: Writable, chunks: AsyncIterable<string>): Promise<void> {
  for await (const chunk of chunks) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
}

function statusesOf(flag: string | undefined): CheckStatus[] | undefined {
  if (flag === undefined) return undefined;
  const statuses = flag.split(',').map((s) => s.trim().toUpperCase());
  const unknown = statuses.filter((s) => !(CHECK_STATUSES as readonly string[]).includes(s));
  if (unknown.length > 0) {
    throw new UserError(
      `--status: unknown status ${unknown.join(', ')}; use ${CHECK_STATUSES.join(', ')}`,
    );
  }
  return statuses as CheckStatus[];
}

export function registerInteropCommands(program: Command, loadConfig: () => Config): void {
  const imports = program.command('import').description('import findings of other tools');
  imports
    .command('prowler <file>')
    .description(
      "import Prowler's OCSF JSON output (--output-formats json-ocsf) as a finished scan; prints its summary",
    )
    .requiredOption('--client-id <id>', 'the tenant the findings belong to')
    .action(async (file: string, flags: { clientId: string }) => {
      if (!CLIENT_ID.test(flags.clientId)) {
        throw new UserError(
          '--client-id must be 1–128 characters: letters, digits and _.:- (starting with a letter or digit)',
        );
      }
      await readable(file);
      const runtime = await createRuntime(loadConfig(), { logDestination: 'silent' });
      try {
        const { summary } = await importProwler(
          runtime.store,
          () => createReadStream(file, { encoding: 'utf8', highWaterMark: READ_CHUNK_BYTES }),
          { clientId: flags.clientId, clock: runtime.clock },
        );
        process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      } catch (error) {
        if (error instanceof ProwlerImportError) {
          const details = error.issues.map((issue) => `  ${issue.message}`).join('\n');
          throw new UserError(`${file}: ${error.message}\n${details}`);
        }
        throw error;
      } finally {
        await runtime.close();
      }
    });

  program
    .command('export <scan-id>')
    .description("a scan's security findings as OCSF, ASFF (Security Hub) or SARIF")
    .addOption(
      new Option(
        '--format <format>',
        Object.entries(EXPORT_FORMATS)
          .map(([name, f]) => `${name}: ${f.description}`)
          .join('; '),
      )
        .choices(EXPORT_FORMAT_NAMES)
        .makeOptionMandatory(),
    )
    .option('--out <file>', 'write to this file (stdout by default)')
    .option('--status <list>', 'only these statuses, comma-separated (PASS,FAIL,MANUAL,ERROR)')
    .action(
      async (
        scanId: string,
        flags: { format: ExportFormatName; out?: string; status?: string },
      ) => {
        const statuses = statusesOf(flags.status);
        const runtime = await createRuntime(loadConfig(), { logDestination: 'silent' });
        try {
          const scan = await runtime.store.getScan(scanId);
          if (scan === null) throw new UserError(`scan ${scanId} not found`);
          const provider = runtime.registry.provider(scan.provider);
          if (!provider)
            throw new UserError(`scan ${scanId} is of unknown provider ${scan.provider}`);
          let chunks: AsyncGenerator<string>;
          try {
            chunks = exportFindings(
              runtime.store,
              scanId,
              flags.format,
              provider,
              statuses ? { statuses } : {},
            );
          } catch (error) {
            if (error instanceof ExportNotSupportedError) throw new UserError(error.message);
            throw error;
          }
          if (flags.out === undefined) {
            await writeAll(process.stdout, chunks);
            return;
          }
          // Written aside and renamed at the end: a failed export leaves no half file behind.
          const partial = `${flags.out}.partial`;
          try {
            await pipeline(Readable.from(chunks), createWriteStream(partial));
            await rename(partial, flags.out);
          } catch (error) {
            await rm(partial, { force: true });
            throw error;
          }
          process.stderr.write(`scan ${scanId}: ${flags.format} written to ${flags.out}\n`);
        } finally {
          await runtime.close();
        }
      },
    );
}
