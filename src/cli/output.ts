import { toWire, type CbpEvent } from '../core/index.js';

export const OUTPUT_FORMATS = ['ndjson', 'json', 'table'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const MAX_CELL = 60;

function cell(value: string): string {
  return value.length > MAX_CELL ? `${value.slice(0, MAX_CELL - 1)}…` : value;
}

/** Resource ids differ at their end (the instance id of an ARN): keep that part. */
function tailCell(value: string): string {
  return value.length > MAX_CELL ? `…${value.slice(value.length - MAX_CELL + 1)}` : value;
}

/** A plain-text table of events: resource, metric, value. */
export function renderEventTable(events: readonly CbpEvent[]): string {
  const rows = events.map((e) => [
    tailCell(e.resource_id),
    e.metric_type,
    cell(typeof e.metric_value === 'string' ? e.metric_value : JSON.stringify(e.metric_value)),
  ]);
  const header = ['RESOURCE', 'METRIC', 'VALUE'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cols: string[]) =>
    cols
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

export function renderEvents(
  events: readonly CbpEvent[],
  format: OutputFormat,
  envelope = false,
): string {
  const shaped = events.map((e) => (envelope ? e : toWire(e)));
  if (format === 'json') return JSON.stringify(shaped, null, 2) + '\n';
  if (format === 'table') return renderEventTable(events);
  return shaped.map((e) => JSON.stringify(e)).join('\n') + (shaped.length ? '\n' : '');
}
