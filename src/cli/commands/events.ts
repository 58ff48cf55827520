import { Option, type Command } from 'commander';
import {
  CATEGORIES,
  metricTypeFilter,
  parseInstant,
  type Category,
  type CbpEvent,
} from '../../core/index.js';
import type { Config } from '../../config/config.js';
import { UserError } from '../errors.js';
import { OUTPUT_FORMATS, renderEvents, type OutputFormat } from '../output.js';
import { createRuntime } from '../runtime.js';

interface EventFlags {
  clientId?: string;
  scanId?: string;
  resourceId?: string;
  metricType?: string;
  category?: Category;
  since?: string;
  until?: string;
  limit: string;
  output: OutputFormat;
  envelope?: boolean;
}

function instant(flag: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = parseInstant(value);
  if (!parsed)
    throw new UserError(
      `${flag} must be an ISO 8601 instant such as 2026-11-01T00:00:00+01:00, got ${value}`,
    );
  return parsed;
}

export function registerEventsCommand(program: Command, loadConfig: () => Config): void {
  program
    .command('events')
    .description('query stored events')
    .option('--client-id <id>', 'tenant')
    .option('--scan-id <id>', 'one scan')
    .option('--resource-id <id>', 'one resource (ARN)')
    .option(
      '--metric-type <type>',
      'exact metric type, or a prefix ending with "." (aws.performance.)',
    )
    .addOption(new Option('--category <category>', 'dimension').choices(CATEGORIES))
    .option('--since <instant>', 'events at or after this ISO 8601 instant')
    .option('--until <instant>', 'events before this ISO 8601 instant')
    .option('--limit <n>', 'at most this many events', '1000')
    .addOption(
      new Option('--output <format>', 'output format').choices(OUTPUT_FORMATS).default('ndjson'),
    )
    .option('--envelope', 'include the envelope with each event')
    .action(async (flags: EventFlags) => {
      if (!/^\d+$/.test(flags.limit) || Number(flags.limit) < 1)
        throw new UserError('--limit must be a positive whole number');
      const limit = Number(flags.limit);
      const since = instant('--since', flags.since);
      const until = instant('--until', flags.until);
      const runtime = await createRuntime(loadConfig());
      try {
        const events: CbpEvent[] = [];
        let cursor: string | undefined;
        do {
          const page = await runtime.store.queryEvents({
            client_id: flags.clientId,
            scan_id: flags.scanId,
            resource_id: flags.resourceId,
            metric_type:
              flags.metricType === undefined ? undefined : metricTypeFilter(flags.metricType),
            category: flags.category,
            since,
            until,
            limit: Math.min(5000, limit - events.length),
            cursor,
          });
          events.push(...page.items);
          cursor = page.next_cursor ?? undefined;
        } while (cursor && events.length < limit);
        process.stdout.write(renderEvents(events, flags.output, flags.envelope));
      } finally {
        await runtime.close();
      }
    });
}
