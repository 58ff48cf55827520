import {
  eventsMatching,
  type CbpEvent,
  type Scan,
  type ScanUnit,
  type Store,
} from '../core/index.js';
import { ReportAccumulator, type ComplianceSummary, type ReportModel } from './model.js';

/** Every event of a scan, page after page: memory holds one page. */
export function scanEvents(store: Store, scanId: string): AsyncGenerator<CbpEvent> {
  return eventsMatching(store, { scan_id: scanId });
}

/** The report of a scan, from one pass over its events. */
export async function buildReportModel(
  scan: Scan,
  units: ScanUnit[],
  events: AsyncIterable<CbpEvent> | Iterable<CbpEvent>,
  now: Date = new Date(),
  resourceTypeOf?: (resourceId: string) => string | undefined,
  compliance: readonly ComplianceSummary[] = [],
): Promise<ReportModel> {
  const accumulator = new ReportAccumulator(resourceTypeOf);
  for await (const event of events) accumulator.add(event);
  return accumulator.result(scan, units, now.toISOString(), compliance);
}
