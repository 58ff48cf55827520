import { toWire, type CbpEvent } from '../core/index.js';
import type { ReportModel } from './model.js';

/** An event with its envelope, as GET /api/v1/events answers it. */
export function eventWithEnvelope(event: CbpEvent) {
  return {
    ...toWire(event),
    event_id: event.event_id,
    scan_id: event.scan_id,
    provider: event.provider,
    account_id: event.account_id,
    region: event.region,
    service: event.service,
    category: event.category,
  };
}

/**
 * The report as one JSON document: the model, then (unless left out) every event of the scan in
 * `events`, streamed so that memory holds one event at a time.
 */
export async function* reportJson(
  model: ReportModel,
  events: AsyncIterable<CbpEvent> | null,
): AsyncGenerator<string> {
  const head = JSON.stringify(model);
  if (events === null) {
    yield head;
    return;
  }
  yield `${head.slice(0, -1)},"events":[`;
  let first = true;
  for await (const event of events) {
    yield (first ? '' : ',') + JSON.stringify(eventWithEnvelope(event));
    first = false;
  }
  yield ']}';
}
