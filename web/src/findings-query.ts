import { query } from './api';
import type { FacetCount, FindingsPage } from './types';

/** What the findings page asks GET /api/v1/scans/:id/results for. */
export interface FindingsFilter {
  status: string;
  severity: string;
  service: string;
  check: string;
  framework: string;
  resource: string;
}

export const NO_FILTER: FindingsFilter = {
  status: '',
  severity: '',
  service: '',
  check: '',
  framework: '',
  resource: '',
};

export const FINDINGS_PAGE_SIZE = 50;

/** The request for one page: empty filters are left out, the resource text is trimmed. */
export function resultsPath(scanId: string, filter: FindingsFilter, offset: number): string {
  return `/api/v1/scans/${encodeURIComponent(scanId)}/results${query({
    ...filter,
    resource: filter.resource.trim(),
    offset: offset > 0 ? offset : undefined,
    limit: FINDINGS_PAGE_SIZE,
  })}`;
}

/** `51–100 of 213 results` (`No result` when none). */
export function pageLabel(page: Pick<FindingsPage, 'offset' | 'matched' | 'items'>): string {
  if (page.matched === 0) return 'No result matches these filters';
  const first = page.offset + 1;
  const last = page.offset + page.items.length;
  const total = page.matched.toLocaleString('en-US');
  return `${first.toLocaleString('en-US')}–${last.toLocaleString('en-US')} of ${total} result${page.matched === 1 ? '' : 's'}`;
}

/** A facet's values as select options: `ec2 (12)`; the chosen value stays listed at 0. */
export function facetOptions(counts: readonly FacetCount[]): [string, string][] {
  return counts.map((c) => [c.value, `${c.label} (${c.count.toLocaleString('en-US')})`]);
}

/** The offsets of the previous and next pages, null at either end. */
export function neighbours(page: Pick<FindingsPage, 'offset' | 'limit' | 'matched'>): {
  previous: number | null;
  next: number | null;
} {
  return {
    previous: page.offset > 0 ? Math.max(0, page.offset - page.limit) : null,
    next: page.offset + page.limit < page.matched ? page.offset + page.limit : null,
  };
}
