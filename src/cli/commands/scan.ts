import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { SingleBar } from 'cli-progress';
import { Option, type Command } from 'commander';
import {
  eventsMatching,
  TERMINAL_SCAN_STATUSES,
  type CbpEvent,
  type EventSink,
  type Scan,
  type Store,
} from '../../core/index.js';
import { fileSink, stdoutSink } from '../../pipeline/sinks/ndjson.js';
import type { ScannerRegistry } from '../../scanning/registry.js';
import { DEFAULT_COMPOSITION, registriesOf, type Composition } from '../composition.js';
import { parseScanRequest, ScanRequestError } from '../../scanning/request.js';
import type { Config } from '../../config/config.js';
import { summarizeScanCompliance } from '../../checks/index.js';
import { buildReportModel } from '../../reports/index.js';
import { UserError } from '../errors.js';
import { renderScanSummary } from '../scan-summary.js';
import { OUTPUT_FORMATS, renderEvents, type OutputFormat } from '../output.js';
import { configuredRemoteSinkNames, createRuntime, type Runtime } from '../runtime.js';

/** The generic flags; each provider's auth options come with it (`CloudProvider.cli`). */
interface ScanFlags extends Record<string, unknown> {
  provider: string;
  services: string;
  regions?: string;
  clientId: string;
  windowDays?: string;
  unitTimeout?: string;
  metricsPeriod?: string;
  cost?: boolean;
  costMonths?: string;
  output: OutputFormat;
  events?: boolean;
  out?: string;
  envelope?: boolean;
  sink?: string;
  flushTimeout?: string;
  checks?: string;
  excludeChecks?: string;
  severity?: string;
  framework?: string;
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
export function scanRequestFromFlags(
  flags: ScanFlags,
  registry: Pick<ScannerRegistry, 'provider' | 'providers'> = registriesOf().scanners,
): Record<string, unknown> {
  const provider = registry.provider(flags.provider);
  if (!provider) {
    const known = registry.providers().map((p) => p.id);
    throw new UserError(`unknown provider ${flags.provider}; known: ${known.join(', ')}`);
  }
  let auth_mode: { type: string };
  try {
    auth_mode = provider.cli.authFromFlags(flags);
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error));
  }
  const options: Record<string, unknown> = {};
  const window = integer('--window-days', flags.windowDays);
  const timeout = integer('--unit-timeout', flags.unitTimeout);
  if (window !== undefined) options.metrics_window_days = window;
  if (timeout !== undefined) options.unit_timeout_seconds = timeout;
  const period = integer('--metrics-period', flags.metricsPeriod);
  const costMonths = integer('--cost-months', flags.costMonths);
  if (period !== undefined) options.metrics_period_seconds = period;
  if (flags.cost) options.cost = true;
  if (costMonths !== undefined) options.cost_months = costMonths;
  if (flags.sink !== undefined) options.sinks = list(flags.sink);
  if (flags.checks !== undefined) options.checks = list(flags.checks);
  if (flags.excludeChecks !== undefined) options.exclude_checks = list(flags.excludeChecks);
  if (flags.severity !== undefined) options.severity = list(flags.severity);
  if (flags.framework !== undefined) options.frameworks = list(flags.framework);
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
function validateBeforeStart(
  body: Record<string, unknown>,
  config: Config,
  registry: ScannerRegistry,
): void {
  try {
    parseScanRequest(registry, body, {
      remoteSinks: configuredRemoteSinkNames(config),
    });
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
  for await (const event of eventsMatching(store, { scan_id: scanId })) events.push(event);
  return events;
}

export function registerScanCommand(
  program: Command,
  loadConfig: () => Config,
  composition: Composition = DEFAULT_COMPOSITION,
): void {
  const registry = registriesOf(composition).scanners;
  const command = program
    .command('scan')
    .description('run one scan in this process, print its events and store them')
    .requiredOption('--client-id <id>', 'tenant the scan belongs to')
    .option('--provider <provider>', 'cloud provider', 'aws')
    .requiredOption('--services <list>', 'comma-separated services, e.g. ec2')
    .option('--regions <list>', "comma-separated regions (default: the account's enabled regions)")
    .option('--window-days <n>', 'performance look-back window in days (default 14)')
    .option('--unit-timeout <seconds>', 'stop a service×region unit after this long (default 900)')
    .option(
      '--metrics-period <seconds>',
      'CloudWatch period, a multiple of 3600 (default: one period spanning the window)',
    )
    .option(
      '--cost',
      'collect Cost Explorer data (paid: USD 0.01 a request, cached a day) and waste in dollars',
    )
    .option('--cost-months <n>', 'months of monthly Cost Explorer history (default 6)')
    .option('--checks <list>', 'only these comma-separated security checks (`checks list`)')
    .option('--exclude-checks <list>', 'leave these comma-separated security checks out')
    .option('--severity <list>', 'only security checks of these severities (critical,high,…)')
    .option('--framework <list>', 'only security checks mapped to these frameworks (cis_aws_7.0,…)')
    .addOption(
      new Option('--output <format>', 'output format').choices(OUTPUT_FORMATS).default('ndjson'),
    )
    .option(
      '--events',
      'with --output table: print every event after the summary (json always prints them)',
    )
    .option('--out <file>', 'write events to this file instead of stdout')
    .option('--envelope', 'include the envelope (event_id, scan_id, region, …) with each event')
    .option(
      '--sink <list>',
      'remote sinks for this scan, delivered before the command ends: opsteamize, webhook',
    )
    .option(
      '--flush-timeout <seconds>',
      'how long to keep delivering to the remote sinks once the scan is over (default 60)',
    );
  // Each provider's auth options (`--profile`, `--role-arn`…), once even when providers share one.
  const seen = new Set<string>();
  for (const provider of registry.providers()) {
    for (const option of provider.cli.options) {
      if (seen.has(option.flags)) continue;
      seen.add(option.flags);
      command.option(option.flags, `${option.description} (${provider.id})`);
    }
  }
  command.action(async (flags: ScanFlags) => {
    const body = scanRequestFromFlags(flags, registry);
    const flushTimeout = integer('--flush-timeout', flags.flushTimeout) ?? 60;
    const loaded = loadConfig();
    validateBeforeStart(body, loaded, registry);
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
      composition,
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
        const summary = flags.output === 'table' ? await scanSummary(runtime, scan) : '';
        const events =
          flags.output === 'json' || flags.events
            ? renderEvents(
                await readScanEvents(runtime.store, scan.id),
                flags.output,
                flags.envelope,
              )
            : '';
        const rendered = summary + (summary && events ? '\n' : '') + events;
        if (flags.out) await writeFile(flags.out, rendered);
        else process.stdout.write(rendered);
      }
      await reportSummary(runtime.store, scan);
      await deliverRemote(runtime, scan, flushTimeout);
    } finally {
      await worker.close();
      await runtime.close();
    }
    process.exitCode = EXIT_CODES[scan.status] ?? 1;
  });
}

/** Delivers what the scan queued for its remote sinks, and says what is left for a later run. */
async function deliverRemote(runtime: Runtime, scan: Scan, timeoutSeconds: number): Promise<void> {
  const remote = runtime.sinks.remoteSinksOf(scan);
  if (remote.length === 0) return;
  const left = new Set(await runtime.sinks.flush(remote, timeoutSeconds * 1000));
  const statuses = (await runtime.sinks.overview()).sinks;
  for (const name of remote) {
    const status = statuses.find((s) => s.sink === name);
    if (!left.has(name)) {
      process.stderr.write(`delivered to ${name}: nothing left in its outbox\n`);
      continue;
    }
    process.stderr.write(
      `not all delivered to ${name}: ${status?.backlog_events ?? 0} events wait in the outbox` +
        (status?.last_error ? ` (last error: ${status.last_error})` : '') +
        '; `clouddiagnoze serve` or `clouddiagnoze worker` delivers them\n',
    );
  }
  for (const status of statuses) {
    if (remote.includes(status.sink) && status.dead_letter_batches > 0) {
      process.stderr.write(
        `${status.sink} rejected ${status.dead_letter_batches} batches (${status.dead_letter_events} events): see \`clouddiagnoze sinks dead-letters ${status.sink}\`\n`,
      );
    }
  }
}

/** The table summary of a scan: the report's own numbers, compliance from the checks' summary. */
async function scanSummary(runtime: Runtime, scan: Scan): Promise<string> {
  const units = await runtime.store.listUnits(scan.id);
  const compliance = await summarizeScanCompliance(runtime.store, scan, units, runtime.checks);
  const typeOf = runtime.registry.provider(scan.provider)?.resourceIds.typeOf;
  const model = await buildReportModel(
    scan,
    units,
    eventsMatching(runtime.store, { scan_id: scan.id }),
    {
      ...(typeOf !== undefined && { resourceTypeOf: typeOf }),
      roleOf: (metricType: string) => runtime.registry.catalogue.get(metricType),
      compliance,
    },
  );
  return renderScanSummary(model);
}

async function reportSummary(store: Store, scan: Scan): Promise<void> {
  if (scan.status === 'FAILED') {
    // One line: the scan is recorded (FAILED, with its reason), so `events` or the API find it.
    const reason = scan.error ? `${scan.error.code}: ${scan.error.message}` : 'see its units';
    process.stderr.write(`scan ${scan.id} FAILED (recorded as FAILED): ${reason}\n`);
    return;
  }
  const p = scan.progress;
  process.stderr.write(
    `scan ${scan.id} ${scan.status}: ${p.units_done}/${p.units_total} units, ${p.units_failed} failed, ${p.events} events` +
      (scan.account_id ? `, account ${scan.account_id}` : '') +
      (scan.api_cost_usd !== undefined
        ? `, paid API calls USD ${formatUsd(scan.api_cost_usd)}`
        : '') +
      '\n',
  );
  if (scan.error) process.stderr.write(`  ${scan.error.code}: ${scan.error.message}\n`);
  for (const unit of await store.listUnits(scan.id)) {
    if ((unit.status === 'FAILED' || unit.status === 'PARTIAL') && unit.error) {
      process.stderr.write(
        `  ${unit.status.toLowerCase()} ${unit.service} ${unit.region}: ${unit.error.code}: ${unit.error.message}\n`,
      );
    }
  }
}

/** Dollars to a hundred-thousandth (GetMetricData costs USD 0.00001 a metric). */
export function formatUsd(usd: number): string {
  return String(Math.round(usd * 1e5) / 1e5);
}
