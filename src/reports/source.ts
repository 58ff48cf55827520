import {
  eventsMatching,
  type CbpEvent,
  type Scan,
  type ScanUnit,
  type Store,
} from '../core/index.js';
import type { RoleOf } from './cost.js';
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
  context: ReportContext = {},
): Promise<ReportModel> {
  const accumulator = new ReportAccumulator(context.resourceTypeOf, context.roleOf);
  for await (const event of events) accumulator.add(event);
  const now = context.now ?? new Date();
  return accumulator.result(scan, units, now.toISOString(), context.compliance ?? []);
}

/** What a report reads besides the events: the provider's ids, the catalogue's roles, compliance. */
export interface ReportContext {
  now?: Date;
  /** The scan's provider reading a resource type from an id (`CloudProvider.resourceIds.typeOf`). */
  resourceTypeOf?: (resourceId: string) => string | undefined;
  /** What a metric means (the catalogue's roles): cost and performance are read by role. */
  roleOf?: RoleOf;
  /** Per framework, the checks' own compliance summary of the scan. */
  compliance?: readonly ComplianceSummary[];
}
