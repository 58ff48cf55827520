import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { SingleBar } from 'cli-progress';
import { Option, type Command } from 'commander';
import {
  TERMINAL_SCAN_STATUSES,
  type CbpEvent,
  type EventSink,
  type Scan,
  type Store,
} from '../../core/index.js';
import { fileSink, stdoutSink } from '../../pipeline/sinks/ndjson.js';
import { ScannerRegistry } from '../../scanning/registry.js';
import { parseScanRequest, ScanRequestError } from '../../scanning/request.js';
import type { Config } from '../../config/config.js';
import { UserError } from '../errors.js';
import { OUTPUT_FORMATS, renderEvents, type OutputFormat } from '../output.js';
import { createRuntime } from '../runtime.js';

interface ScanFlags {
  provider: string;
  services: string;
  regions?: string;
  clientId: string;
  profile?: string;
  roleArn?: string;
  externalId?: string;
  sessionName?: string;
  webIdentityTokenFile?: string;
  windowDays?: string;
  unitTimeout?: string;
  output: OutputFormat;
  out?: string;
  envelope?: boolean;
}

const list = (value: string | undefined) =>
  value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);

function integer(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UserError(`${flag} must be a whole number, got ${value}`);
  return Number(value);
}

/** Builds the same request body the API takes, from the command's flags. */
export function scanRequestFromFlags(flags: ScanFlags): Record<string, unknown> {
  if (flags.profile && flags.roleArn)
    throw new UserError('use either --profile or --role-arn, not both');
  if (flags.externalId && !flags.roleArn) throw new UserError('--external-id needs --role-arn');
  let auth_mode: Record<string, unknown> = { type: 'default' };
  if (flags.profile) auth_mode = { type: 'profile', profile: flags.profile };
  if (flags.roleArn && flags.webIdentityTokenFile) {
    auth_mode = {
      type: 'web_identity',
      role_arn: flags.roleArn,
      web_identity_token_file: flags.webIdentityTokenFile,
    };
  } else if (flags.roleArn) {
    auth_mode = { type: 'sts', role_arn: flags.roleArn };
    if (flags.externalId) auth_mode.external_id = flags.externalId;
  }
  if (flags.sessionName && flags.roleArn) auth_mode.session_name = flags.sessionName;
  const options: Record<string, number> = {};
  const window = integer('--window-days', flags.windowDays);
  const timeout = integer('--unit-timeout', flags.unitTimeout);
  if (window !== undefined) options.metrics_window_days = window;
  if (timeout !== undefined) options.unit_timeout_seconds = timeout;
  return {
    provider: flags.provider,
    services: list(flags.services),
    client_id: flags.clientId,
    auth_mode,
    ...(flags.regions ? { regions: list(flags.regions) } : {}),
    ...(Object.keys(options).length ? { options } : {}),
  };
}

/** Refuses a bad request before anything is opened or written. */
function validateBeforeStart(body: Record<string, unknown>): void {
  try {
    parseScanRequest(new ScannerRegistry(), body);
  } catch (error) {
    if (error instanceof ScanRequestError) throw new UserError(`invalid scan: ${error.message}`);
    throw error;
  }
}

const EXIT_CODES: Partial<Record<Scan['status'], number>> = { SUCCEEDED: 0, PARTIAL: 2 };

interface ProgressView {
  update(scan: Scan): void;
  unit(line: string): void;
  stop(): void;
}

function progressView(): ProgressView {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      format: 'scanning [{bar}] {value}/{total} units | {events} events',
      stream: process.stderr,
      hideCursor: true,
    });
    let started = false;
    return {
      update(scan) {
        if (!started && scan.progress.units_total > 0) {
          bar.start(scan.progress.units_total, 0, { events: 0 });
          started = true;
        }
        if (started) bar.update(scan.progress.units_done, { events: scan.progress.events });
      },
      unit: () => {},
      stop: () => started && bar.stop(),
    };
  }
  return { update: () => {}, unit: (line) => process.stderr.write(`${line}\n`), stop: () => {} };
}

async function readScanEvents(store: Store, scanId: string): Promise<CbpEvent[]> {
  const events: CbpEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.queryEvents({ scan_id: scanId, limit: 5000, cursor });
    events.push(...page.items);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return events;
}

export function registerScanCommand(program: Command, loadConfig: () => Config): void {
  program
    .command('scan')
    .description('run one scan in this process, print its events and store them')
    .requiredOption('--client-id <id>', 'tenant the scan belongs to')
    .option('--provider <provider>', 'cloud provider', 'aws')
    .requiredOption('--services <list>', 'comma-separated services, e.g. ec2')
    .option('--regions <list>', "comma-separated regions (default: the account's enabled regions)")
    .option('--profile <name>', 'AWS shared-config profile')
    .option(
      '--role-arn <arn>',
      'IAM role to assume (AssumeRole, or web identity with --web-identity-token-file)',
    )
    .option('--external-id <id>', 'ExternalId for --role-arn')
    .option('--session-name <name>', 'role session name')
    .option('--web-identity-token-file <file>', 'OIDC token file for --role-arn')
    .option('--window-days <n>', 'performance look-back window in days (default 14)')
    .option('--unit-timeout <seconds>', 'stop a service×region unit after this long (default 900)')
    .addOption(
      new Option('--output <format>', 'output format').choices(OUTPUT_FORMATS).default('ndjson'),
    )
    .option('--out <file>', 'write events to this file instead of stdout')
    .option('--envelope', 'include the envelope (event_id, scan_id, region, …) with each event')
    .action(async (flags: ScanFlags) => {
      const body = scanRequestFromFlags(flags);
      validateBeforeStart(body);
      const loaded = loadConfig();
      // Progress lines already tell the story; logs below warn only when asked for.
      const config =
        process.env.LOG_LEVEL || program.opts().logLevel
          ? loaded
          : { ...loaded, logLevel: 'warn' as const };
      const streaming = flags.output === 'ndjson';
      const sinks: EventSink[] = [];
      if (streaming)
        sinks.push(
          flags.out
            ? await fileSink(flags.out, { envelope: flags.envelope })
            : stdoutSink({ envelope: flags.envelope }),
        );
      const view = progressView();
      const runtime = await createRuntime(config, {
        queue: 'private',
        sinks,
        hooks: {
          onUnitFinished: (scan, unit, outcome) => {
            view.update(scan);
            const error = outcome.error ? ` ${outcome.error.code}: ${outcome.error.message}` : '';
            view.unit(
              `[${scan.progress.units_done}/${scan.progress.units_total}] ${unit.service} ${unit.region} ${outcome.status} (${outcome.events} events)${error}`,
            );
          },
        },
      });
      const worker = runtime.queue.process(runtime.runner.handle, {
        concurrency: config.workerConcurrency,
      });
      let scan: Scan;
      try {
        scan = await runtime.scans.submit(body);
        const stop = () => void runtime.scans.cancel(scan.id).catch(() => {});
        process.once('SIGINT', stop);
        while (!(TERMINAL_SCAN_STATUSES as readonly string[]).includes(scan.status)) {
          await sleep(200);
          scan = (await runtime.store.getScan(scan.id)) ?? scan;
          view.update(scan);
        }
        process.off('SIGINT', stop);
        view.stop();
        if (!streaming) {
          const rendered = renderEvents(
            await readScanEvents(runtime.store, scan.id),
            flags.output,
            flags.envelope,
          );
          if (flags.out) await writeFile(flags.out, rendered);
          else process.stdout.write(rendered);
        }
        await reportSummary(runtime.store, scan);
      } finally {
        await worker.close();
        await runtime.close();
      }
      process.exitCode = EXIT_CODES[scan.status] ?? 1;
    });
}

async function reportSummary(store: Store, scan: Scan): Promise<void> {
  const p = scan.progress;
  process.stderr.write(
    `scan ${scan.id} ${scan.status}: ${p.units_done}/${p.units_total} units, ${p.units_failed} failed, ${p.events} events` +
      (scan.account_id ? `, account ${scan.account_id}` : '') +
      '\n',
  );
  if (scan.error) process.stderr.write(`  ${scan.error.code}: ${scan.error.message}\n`);
  for (const unit of await store.listUnits(scan.id)) {
    if (unit.status === 'FAILED' && unit.error) {
      process.stderr.write(
        `  failed ${unit.service} ${unit.region}: ${unit.error.code}: ${unit.error.message}\n`,
      );
    }
  }
}
