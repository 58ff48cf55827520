import { z } from 'zod';
import {
  eventsMatching,
  findingOf,
  type CheckStatus,
  type Finding,
  type Store,
} from '../core/index.js';

/** Security check results are events `<provider>.security.<service>.<check_id>`. */
export const SECURITY_PREFIX = '.security.';

const CHECK_ID = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;

export const checkIdSchema = z
  .string()
  .regex(CHECK_ID, 'must be a check id in lower snake case, e.g. s3_bucket_default_encryption');

export interface FindingQuery {
  scan_id: string;
  /** The scan's provider: its results are `<provider>.security.…`. */
  provider: string;
  /** Only these statuses (all when absent or empty). */
  statuses?: readonly CheckStatus[];
  /** Events read from the store per query. */
  pageSize?: number;
}

/**
 * Every check result of a scan, page after page in storage order: memory holds one page whatever
 * the scan's size.
 */
export async function* readFindings(store: Store, query: FindingQuery): AsyncGenerator<Finding> {
  const wanted = query.statuses?.length ? new Set(query.statuses) : null;
  const events = eventsMatching(
    store,
    { scan_id: query.scan_id, metric_type: `${query.provider}${SECURITY_PREFIX}` },
    query.pageSize ?? 500,
  );
  for await (const event of events) {
    const finding = findingOf(event);
    if (finding !== null && (wanted === null || wanted.has(finding.status))) yield finding;
  }
}
