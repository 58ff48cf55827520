import { Option, type Command } from 'commander';
import type { Config } from '../../config/config.js';
import type { DeadLetter } from '../../core/index.js';
import { UnknownSinkError, type SinkView } from '../../pipeline/delivery.js';
import { UserError } from '../errors.js';
import { createRuntime, type Runtime } from '../runtime.js';

const FORMATS = ['table', 'json'] as const;
type Format = (typeof FORMATS)[number];

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cols: string[]) =>
    cols
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

function statusTable(sinks: readonly SinkView[]): string {
  if (sinks.length === 0) return 'no remote sink is configured or has events waiting\n';
  return table(
    ['SINK', 'CONFIGURED', 'BACKLOG', 'DEAD LETTERS', 'DELIVERED', 'LAST DELIVERY', 'LAST ERROR'],
    sinks.map((s) => [
      s.sink,
      s.configured ? 'yes' : 'no',
      String(s.backlog_events),
      `${s.dead_letter_batches} (${s.dead_letter_events} events)`,
      String(s.delivered_events),
      s.last_delivered_at ?? '-',
      s.last_error ?? '-',
    ]),
  );
}

function deadLetterTable(items: readonly DeadLetter[]): string {
  if (items.length === 0) return 'no dead letter\n';
  return table(
    ['ID', 'EVENTS', 'STATUS', 'FAILED AT', 'RESPONSE'],
    items.map((d) => [
      d.id,
      String(d.events),
      d.status_code === null ? '-' : String(d.status_code),
      d.failed_at ?? '-',
      (d.response_body ?? d.error ?? '').replace(/\s+/g, ' ').slice(0, 80),
    ]),
  );
}

async function withRuntime<T>(config: Config, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await createRuntime(config, { queue: 'private', sinks: [] });
  try {
    return await work(runtime);
  } catch (error) {
    if (error instanceof UnknownSinkError) throw new UserError(error.message);
    throw error;
  } finally {
    await runtime.close();
  }
}

const formatOption = () =>
  new Option('--output <format>', 'output format').choices(FORMATS).default('table');

export function registerSinksCommand(program: Command, loadConfig: () => Config): void {
  const sinks = program
    .command('sinks')
    .description('remote sinks (Opsteamize, webhook): outbox backlog, dead letters, redrive');

  sinks
    .command('status')
    .description('the outbox backlog and delivery status of each remote sink')
    .addOption(formatOption())
    .action(async (flags: { output: Format }) => {
      await withRuntime(loadConfig(), async (runtime) => {
        const overview = await runtime.sinks.overview();
        process.stdout.write(
          flags.output === 'json'
            ? JSON.stringify(overview, null, 2) + '\n'
            : statusTable(overview.sinks),
        );
      });
    });

  sinks
    .command('dead-letters')
    .description('batches a sink rejected, with the response it gave')
    .argument('<sink>', 'opsteamize or webhook')
    .option('--limit <n>', 'at most this many', '100')
    .option('--cursor <cursor>', 'next_cursor of the previous page (JSON output)')
    .addOption(formatOption())
    .action(async (sink: string, flags: { limit: string; cursor?: string; output: Format }) => {
      if (!/^\d+$/.test(flags.limit) || Number(flags.limit) < 1)
        throw new UserError('--limit must be a positive whole number');
      await withRuntime(loadConfig(), async (runtime) => {
        let page;
        try {
          page = await runtime.sinks.deadLetters(sink, {
            limit: Number(flags.limit),
            ...(flags.cursor !== undefined && { cursor: flags.cursor }),
          });
        } catch (error) {
          if (error instanceof RangeError) throw new UserError(`--cursor: ${error.message}`);
          throw error;
        }
        process.stdout.write(
          flags.output === 'json'
            ? JSON.stringify(page, null, 2) + '\n'
            : deadLetterTable(page.items),
        );
      });
    });

  sinks
    .command('redrive')
    .description('send dead letters again (under a new idempotency key), first in line')
    .argument('<sink>', 'opsteamize or webhook')
    .argument('[ids...]', 'dead letter ids')
    .option('--all', 'every dead letter of the sink')
    .action(async (sink: string, ids: string[], flags: { all?: boolean }) => {
      if (flags.all && ids.length > 0)
        throw new UserError('give dead letter ids or --all, not both');
      if (!flags.all && ids.length === 0) throw new UserError('give dead letter ids, or --all');
      await withRuntime(loadConfig(), async (runtime) => {
        let chosen = ids;
        if (flags.all) {
          chosen = [];
          let cursor: string | undefined;
          do {
            const page = await runtime.sinks.deadLetters(sink, { limit: 1000, cursor });
            chosen.push(...page.items.map((d) => d.id));
            cursor = page.next_cursor ?? undefined;
          } while (cursor);
        }
        const missing: string[] = [];
        for (const id of chosen) {
          const next = await runtime.sinks.redrive(sink, id);
          if (next === null) missing.push(id);
          else process.stdout.write(`${id} -> ${next}\n`);
        }
        process.stderr.write(
          `${chosen.length - missing.length} dead letters of ${sink} back in line; ` +
            'a running `serve` or `worker` delivers them\n',
        );
        if (missing.length > 0)
          throw new UserError(`${sink} has no dead letter ${missing.join(', ')}`);
      });
    });
}
