import { withEnvelope, type CbpEvent } from '../core/index.js';
import type { ReportModel } from './model.js';

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
    yield (first ? '' : ',') + JSON.stringify(withEnvelope(event));
    first = false;
  }
  yield ']}';
}
