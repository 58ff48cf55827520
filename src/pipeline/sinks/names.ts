/**
 * The sinks a scan's events can go to. `store` always receives them; `opsteamize` and `webhook`
 * are remote and fed through the store's outbox; `stdout` and `ndjson` (a file) are local and
 * written as the events are produced.
 */
export const SINK_NAMES = ['store', 'opsteamize', 'webhook', 'stdout', 'ndjson'] as const;
export type SinkName = (typeof SINK_NAMES)[number];

export const REMOTE_SINKS: readonly SinkName[] = ['opsteamize', 'webhook'];
export const LOCAL_SINKS: readonly SinkName[] = ['stdout', 'ndjson'];

export function isRemoteSink(name: string): boolean {
  return (REMOTE_SINKS as readonly string[]).includes(name);
}

/**
 * Whether a scan may name the sink here: local sinks always; a remote one when it is among the
 * configured `remoteSinks` (unset: not checked).
 */
export function sinkConfigured(name: string, remoteSinks: readonly string[] | undefined): boolean {
  return !isRemoteSink(name) || remoteSinks === undefined || remoteSinks.includes(name);
}

/** What each sink needs configured before a scan may name it, for error messages. */
export const SINK_SETTINGS: Readonly<Record<SinkName, string | null>> = {
  store: null,
  opsteamize: 'OPSTEAMIZE_URL',
  webhook: 'CLOUDDIAGNOZE_WEBHOOK_URL',
  stdout: null,
  ndjson: null,
};
