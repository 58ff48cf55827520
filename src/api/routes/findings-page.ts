import { z } from 'zod';
import {
  CHECK_STATUSES,
  SEVERITIES,
  type CheckStatus,
  type Finding,
  type Severity,
} from '../../core/index.js';
import { compareFindings } from '../../reports/findings.js';

/** What the findings page filters on; each is also a facet counted per value. */
export const FINDING_FACETS = ['status', 'severity', 'service', 'check', 'framework'] as const;
export type FindingFacet = (typeof FINDING_FACETS)[number];

export interface FindingFilters {
  status?: readonly CheckStatus[];
  severity?: readonly Severity[];
  service?: readonly string[];
  check?: readonly string[];
  framework?: readonly string[];
  /** Part of the resource id (any case). */
  resource?: string;
  /** Part of the resource id, the title or the reason (any case). */
  search?: string;
}

export interface FacetCount {
  value: string;
  /** What a person reads (a check's title); the value itself otherwise. */
  label: string;
  /** Results with this value among those the other filters keep. */
  count: number;
  /** Of which FAIL. */
  failed: number;
}

export interface FindingsPage {
  items: Finding[];
  offset: number;
  limit: number;
  /** Results the filters keep (all pages). */
  matched: number;
  /** Every result of the scan, unfiltered. */
  totals: {
    results: number;
    by_status: Record<CheckStatus, number>;
    failed_by_severity: Record<Severity, number>;
  };
  /**
   * Per facet, per value: the results kept by every filter except that facet's own, so a choice
   * shows what choosing another value of the same facet would give.
   */
  facets: Record<FindingFacet, FacetCount[]>;
}

const valuesOf: Record<FindingFacet, (f: Finding) => readonly string[]> = {
  status: (f) => [f.status],
  severity: (f) => [f.severity],
  service: (f) => [f.service],
  check: (f) => [f.check_id],
  framework: (f) => Object.keys(f.compliance),
};

function keeps(filters: FindingFilters, facet: FindingFacet, f: Finding): boolean {
  const wanted: readonly string[] | undefined = filters[facet];
  if (wanted === undefined || wanted.length === 0) return true;
  return valuesOf[facet](f).some((v) => wanted.includes(v));
}

function textKeeps(filters: FindingFilters, f: Finding): boolean {
  const resource = filters.resource?.trim().toLowerCase();
  if (resource && !f.resource_id.toLowerCase().includes(resource)) return false;
  const search = filters.search?.trim().toLowerCase();
  if (
    search &&
    !f.resource_id.toLowerCase().includes(search) &&
    !f.title.toLowerCase().includes(search) &&
    !f.reason.toLowerCase().includes(search)
  ) {
    return false;
  }
  return true;
}

const facetOrder: Record<FindingFacet, (a: FacetCount, b: FacetCount) => number> = {
  status: (a, b) =>
    CHECK_STATUSES.indexOf(a.value as CheckStatus) - CHECK_STATUSES.indexOf(b.value as CheckStatus),
  severity: (a, b) =>
    SEVERITIES.indexOf(a.value as Severity) - SEVERITIES.indexOf(b.value as Severity),
  service: (a, b) => b.failed - a.failed || a.label.localeCompare(b.label),
  check: (a, b) => b.failed - a.failed || a.label.localeCompare(b.label),
  framework: (a, b) => a.label.localeCompare(b.label),
};

/**
 * One page of a scan's check results, filtered, most severe failures first, with the count of
 * every facet value. Pure: the route reads the results, this decides what the page holds.
 */
export function findingsPage(
  all: readonly Finding[],
  filters: FindingFilters,
  page: { offset: number; limit: number },
): FindingsPage {
  const totals: FindingsPage['totals'] = {
    results: all.length,
    by_status: Object.fromEntries(CHECK_STATUSES.map((s) => [s, 0])) as Record<CheckStatus, number>,
    failed_by_severity: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<
      Severity,
      number
    >,
  };
  const counts = Object.fromEntries(
    FINDING_FACETS.map((facet) => [facet, new Map<string, FacetCount>()]),
  ) as Record<FindingFacet, Map<string, FacetCount>>;
  const matched: Finding[] = [];
  for (const f of all) {
    totals.by_status[f.status] += 1;
    if (f.status === 'FAIL') totals.failed_by_severity[f.severity] += 1;
    if (!textKeeps(filters, f)) continue;
    const kept = FINDING_FACETS.map((facet) => keeps(filters, facet, f));
    FINDING_FACETS.forEach((facet, i) => {
      // Counted when every other facet keeps it.
      if (!kept.every((k, j) => k || j === i)) return;
      for (const value of new Set(valuesOf[facet](f))) {
        const label = facet === 'check' ? f.title : value;
        const c = counts[facet].get(value) ?? { value, label, count: 0, failed: 0 };
        c.count += 1;
        if (f.status === 'FAIL') c.failed += 1;
        counts[facet].set(value, c);
      }
    });
    if (kept.every(Boolean)) matched.push(f);
  }
  // Every chosen value is listed, even when nothing has it, so the choice can be undone.
  for (const facet of FINDING_FACETS) {
    for (const value of filters[facet] ?? []) {
      if (!counts[facet].has(value))
        counts[facet].set(value, { value, label: value, count: 0, failed: 0 });
    }
  }
  matched.sort(compareFindings);
  return {
    items: matched.slice(page.offset, page.offset + page.limit),
    offset: page.offset,
    limit: page.limit,
    matched: matched.length,
    totals,
    facets: Object.fromEntries(
      FINDING_FACETS.map((facet) => [facet, [...counts[facet].values()].sort(facetOrder[facet])]),
    ) as Record<FindingFacet, FacetCount[]>,
  };
}

const facetCountSchema = z.object({
  value: z.string(),
  label: z.string().describe("What a person reads: a check's title, the value otherwise"),
  count: z.number().int().describe('Results with this value that the other filters keep'),
  failed: z.number().int().describe('Of which FAIL'),
});

export const findingItemSchema = z.object({
  event_id: z.string(),
  scan_id: z.string(),
  client_id: z.string(),
  provider: z.string(),
  account_id: z.string(),
  region: z.string(),
  service: z.string(),
  check_id: z.string(),
  metric_type: z.string(),
  resource_id: z.string(),
  timestamp: z.string(),
  status: z.enum(CHECK_STATUSES),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  reason: z.string(),
  remediation: z.object({
    text: z.string(),
    cli: z.string().optional(),
    console: z.string().optional(),
    url: z.string().optional(),
  }),
  compliance: z.record(z.string(), z.array(z.string())).describe('framework id → control ids'),
  resource_type: z.string().optional(),
  description: z.string().optional(),
  risk: z.string().optional(),
});

export const findingsPageSchema = z.object({
  items: z.array(findingItemSchema),
  offset: z.number().int(),
  limit: z.number().int(),
  matched: z.number().int().describe('Results the filters keep, over all pages'),
  totals: z
    .object({
      results: z.number().int(),
      by_status: z.object(
        Object.fromEntries(CHECK_STATUSES.map((s) => [s, z.number().int()])) as Record<
          CheckStatus,
          z.ZodNumber
        >,
      ),
      failed_by_severity: z.object(
        Object.fromEntries(SEVERITIES.map((s) => [s, z.number().int()])) as Record<
          Severity,
          z.ZodNumber
        >,
      ),
    })
    .describe('Every result of the scan, unfiltered'),
  facets: z
    .object(
      Object.fromEntries(FINDING_FACETS.map((f) => [f, z.array(facetCountSchema)])) as Record<
        FindingFacet,
        z.ZodArray<typeof facetCountSchema>
      >,
    )
    .describe(
      "Per facet, per value: the results kept by every filter but that facet's own (choosing another value of it gives this count)",
    ),
});
