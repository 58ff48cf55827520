/**
 * The API's shapes, as the dashboard reads them: generated from the OpenAPI document
 * (api-types.ts, `npm run docs`). The report's JSON is not described there: `Report` follows
 * src/reports/model.ts.
 */
import type { components, JsonValue, paths } from './api-types';

export const CATEGORIES = ['metadata', 'performance', 'cost', 'security', 'architecture'] as const;
export type Category = (typeof CATEGORIES)[number];
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const CHECK_STATUSES = ['FAIL', 'ERROR', 'MANUAL', 'PASS'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];
export const SCAN_STATUSES = [
  'QUEUED',
  'RUNNING',
  'SUCCEEDED',
  'PARTIAL',
  'FAILED',
  'CANCELLED',
] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];
export const ACTIVE: readonly ScanStatus[] = ['QUEUED', 'RUNNING'];

type Schemas = components['schemas'];
type Ok<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type ApiErrorBody = Schemas['Error'];
export type Issue = NonNullable<ApiErrorBody['error']['issues']>[number];
export type Scan = Schemas['Scan'];
export type ScanError = NonNullable<Scan['error']>;
export type ScanUnit = Schemas['ScanUnit'];
export type ScanDetail = Schemas['ScanDetail'];
export type { JsonValue };
export type ApiEvent = Schemas['Event'];
export type Catalog = Ok<'/api/v1/catalog', 'get'>;
/** GET /api/v1/scans/:id/results: one page of check results, the totals, each facet counted. */
export type FindingsPage = Ok<'/api/v1/scans/{id}/results', 'get'>;
export type FacetCount = FindingsPage['facets']['status'][number];
export type FindingResult = FindingsPage['items'][number];

export interface Finding {
  check_id: string;
  metric_type: string;
  resource_id: string;
  service: string;
  region: string;
  account_id: string;
  status: CheckStatus;
  severity: Severity;
  title: string;
  reason: string;
}

export interface CheckInfo {
  check_id: string;
  metric_type: string;
  service: string;
  title: string;
  severity: Severity;
  remediation: { text: string; cli?: string; console?: string; url?: string } | null;
  compliance: Record<string, string[]>;
}

export interface CostAmount {
  name: string;
  usd: number;
}

export interface InventoryItem {
  resource_id: string;
  name: string;
  type: string;
  service: string;
  region: string;
  account_id: string;
  counts: Record<Category, number>;
  facts: Record<string, string | number | boolean>;
  findings_failed: number;
  waste_usd: number;
}

/** GET /api/v1/scans/:id/report?format=json&events=false */
export interface Report {
  generated_at: string;
  scan: ScanDetail;
  summary: {
    resources: number;
    events: number;
    by_category: Record<Category, number>;
    findings: {
      total: number;
      by_status: Record<CheckStatus, number>;
      failed_by_severity: Record<Severity, number>;
    };
  };
  checks: CheckInfo[];
  findings: Finding[];
  /** Per framework, the same summary as GET /scans/:id/compliance (manual controls are MANUAL). */
  compliance: {
    framework: { id: string; name: string; version: string };
    totals: {
      controls: number;
      passed: number;
      failed: number;
      manual: number;
      error: number;
      not_evaluated: number;
    };
    controls: { id: string; title: string; section: string; status: string; reason: string }[];
  }[];
  cost: {
    months: { month: string; total_usd: number; by_service: Record<string, number> }[];
    by_service: CostAmount[];
    by_region: CostAmount[];
    by_account: CostAmount[];
    forecast_usd: number | null;
    waste: {
      resource_id: string;
      service: string;
      region: string;
      usd: number;
      reason: string;
    }[];
    waste_total_usd: number;
    waste_by_service: CostAmount[];
    waste_by_region: CostAmount[];
    has_data: boolean;
    /** `unknown`: waste could not be priced; the reasons say why (never "$0.00"). */
    waste_status: 'estimated' | 'unknown';
    waste_unknown_reasons: string[];
  };
  performance: {
    busiest: { metric_type: string; resources: { resource_id: string; value: number }[] }[];
    idle: { resource_id: string; value: number }[];
  };
  inventory: InventoryItem[];
}
