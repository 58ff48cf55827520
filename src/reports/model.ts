import {
  CATEGORIES,
  CHECK_STATUSES,
  SEVERITIES,
  type Category,
  type CbpEvent,
  type CheckStatus,
  type JsonValue,
  type Scan,
  type ScanUnit,
  type Severity,
  thresholdsOf,
} from '../core/index.js';
import { CostAccumulator, round, type CostSummary, type RoleOf } from './cost.js';
import { compareFindings, parseFinding, type CheckInfo, type Finding } from './findings.js';
import { PerformanceAccumulator, type PerformanceSummary } from './performance.js';
import { lastSegmentOf } from './resource-name.js';

export const REPORT_FORMAT_VERSION = 'clouddiagnoze.report.v1';

export type Scalar = string | number | boolean;

/** One resource of the scan, with how many facts each dimension holds about it. */
export interface InventoryItem {
  resource_id: string;
  /** The `Name` tag, or the last part of the resource id. */
  name: string;
  /** From the ARN: `instance`, `volume`, `role`…; the service when the id names no type. */
  type: string;
  service: string;
  region: string;
  account_id: string;
  counts: Record<Category, number>;
  /** Scalar metadata facts, keyed by the metric's name without `provider.metadata.service.`. */
  facts: Record<string, Scalar>;
  findings_failed: number;
  waste_usd: number;
}

/**
 * One framework's controls for the scan, exactly as the compliance summary of the checks computes
 * them (`summarizeCompliance`, the API's `/scans/:id/compliance` and `checks compliance`): manual
 * controls are MANUAL, controls no check implements NOT_EVALUATED. The report only shows them.
 */
export interface ComplianceSummary {
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
}

export interface ReportSummary {
  resources: number;
  events: number;
  by_category: Record<Category, number>;
  by_service: { service: string; resources: number; events: number }[];
  regions: string[];
  accounts: string[];
  units: { total: number; succeeded: number; partial: number; failed: number; cancelled: number };
  findings: {
    total: number;
    by_status: Record<CheckStatus, number>;
    /** Failed results by severity. */
    failed_by_severity: Record<Severity, number>;
  };
}

export interface ReportModel {
  format: typeof REPORT_FORMAT_VERSION;
  generated_at: string;
  scan: Scan & { units: ScanUnit[] };
  summary: ReportSummary;
  checks: CheckInfo[];
  findings: Finding[];
  compliance: ComplianceSummary[];
  cost: CostSummary;
  performance: PerformanceSummary;
  inventory: InventoryItem[];
}

const zeroCounts = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function isRecord(value: unknown): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A `Name` tag in `{Name: …}` or `{tags: {Name: …}}` (tags reported with their state). */
function nameTag(value: JsonValue): string | null {
  if (!isRecord(value)) return null;
  const name = value['Name'];
  if (typeof name === 'string' && name !== '') return name;
  const nested = value['tags'];
  return isRecord(nested) ? nameTag(nested) : null;
}

interface ResourceState extends Omit<InventoryItem, 'name'> {
  name: string | null;
}

const MAX_FACTS = 40;

/**
 * Folds a scan's events, one at a time, into the report: memory grows with the resources and
 * findings, never with the raw events.
 */
export class ReportAccumulator {
  /**
   * @param resourceTypeOf the scan's provider reading a resource type from an id
   *   (`CloudProvider.resourceIds.typeOf`); the service stands in when it names none.
   */
  readonly #cost: CostAccumulator;
  readonly #performance: PerformanceAccumulator;

  /**
   * @param context.roleOf what a metric means (its catalogue role); reports read cost and
   *   performance by role, never by name.
   */
  constructor(
    private readonly resourceTypeOf: (resourceId: string) => string | undefined = () => undefined,
    roleOf: RoleOf = () => undefined,
  ) {
    this.#roleOf = roleOf;
    this.#cost = new CostAccumulator(roleOf);
    this.#performance = new PerformanceAccumulator(roleOf);
  }

  readonly #roleOf: RoleOf;

  readonly #resources = new Map<string, ResourceState>();
  readonly #byCategory = zeroCounts(CATEGORIES);
  readonly #byService = new Map<string, { resources: Set<string>; events: number }>();
  readonly #findings: Finding[] = [];
  readonly #checks = new Map<string, CheckInfo>();
  #events = 0;

  add(event: CbpEvent): void {
    this.#events += 1;
    this.#byCategory[event.category] += 1;
    const service = this.#byService.get(event.service) ?? { resources: new Set(), events: 0 };
    service.resources.add(event.resource_id);
    service.events += 1;
    this.#byService.set(event.service, service);

    const resource = this.#resource(event);
    resource.counts[event.category] += 1;
    const role = this.#roleOf(event.metric_type)?.role;
    const name =
      role === 'resource_tags'
        ? nameTag(event.metric_value)
        : role === 'resource_name' && typeof event.metric_value === 'string'
          ? event.metric_value
          : null;
    if (name !== null && (resource.name === null || role === 'resource_name')) resource.name = name;
    if (event.category === 'metadata') {
      const value = event.metric_value;
      const key = event.metric_type.split('.').slice(3).join('.');
      if (
        (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') &&
        Object.keys(resource.facts).length < MAX_FACTS
      ) {
        resource.facts[key] = value;
      }
    }
    const parsed = parseFinding(event);
    if (parsed) {
      this.#findings.push(parsed.finding);
      const key = parsed.check.metric_type;
      if (!this.#checks.has(key)) this.#checks.set(key, parsed.check);
      if (parsed.finding.status === 'FAIL') resource.findings_failed += 1;
    }
    this.#cost.add(event);
    if (this.#roleOf(event.metric_type)?.role === 'waste') {
      const usd = typeof event.metric_value === 'number' ? event.metric_value : null;
      const fromObject =
        isRecord(event.metric_value) && typeof event.metric_value['usd'] === 'number'
          ? event.metric_value['usd']
          : null;
      resource.waste_usd = round(resource.waste_usd + (usd ?? fromObject ?? 0));
    }
    this.#performance.add(event);
  }

  #resource(event: CbpEvent): ResourceState {
    let resource = this.#resources.get(event.resource_id);
    if (!resource) {
      resource = {
        resource_id: event.resource_id,
        name: null,
        type: this.resourceTypeOf(event.resource_id) ?? event.service,
        service: event.service,
        region: event.region,
        account_id: event.account_id,
        counts: zeroCounts(CATEGORIES),
        facts: {},
        findings_failed: 0,
        waste_usd: 0,
      };
      this.#resources.set(event.resource_id, resource);
    }
    return resource;
  }

  /** `compliance`: the scan's summaries per framework, computed by the caller from the checks. */
  result(
    scan: Scan,
    units: ScanUnit[],
    generatedAt: string,
    compliance: readonly ComplianceSummary[] = [],
  ): ReportModel {
    const findings = [...this.#findings].sort(compareFindings);
    const byStatus = zeroCounts(CHECK_STATUSES);
    const failedBySeverity = zeroCounts(SEVERITIES);
    for (const finding of findings) {
      byStatus[finding.status] += 1;
      if (finding.status === 'FAIL') failedBySeverity[finding.severity] += 1;
    }
    const inventory = [...this.#resources.values()]
      .map((r) => ({ ...r, name: r.name ?? lastSegmentOf(r.resource_id) }))
      .sort(
        (a, b) =>
          a.service.localeCompare(b.service) ||
          a.type.localeCompare(b.type) ||
          a.region.localeCompare(b.region) ||
          a.name.localeCompare(b.name) ||
          a.resource_id.localeCompare(b.resource_id),
      );
    const unitCount = (status: ScanUnit['status']) =>
      units.filter((u) => u.status === status).length;
    return {
      format: REPORT_FORMAT_VERSION,
      generated_at: generatedAt,
      scan: { ...scan, units },
      summary: {
        resources: inventory.length,
        events: this.#events,
        by_category: { ...this.#byCategory },
        by_service: [...this.#byService.entries()]
          .map(([service, s]) => ({ service, resources: s.resources.size, events: s.events }))
          .sort((a, b) => a.service.localeCompare(b.service)),
        regions: [...new Set(inventory.map((r) => r.region))].sort(),
        accounts: [...new Set(inventory.map((r) => r.account_id))].sort(),
        units: {
          total: units.length,
          succeeded: unitCount('SUCCEEDED'),
          partial: unitCount('PARTIAL'),
          failed: unitCount('FAILED'),
          cancelled: unitCount('CANCELLED'),
        },
        findings: {
          total: findings.length,
          by_status: byStatus,
          failed_by_severity: failedBySeverity,
        },
      },
      checks: [...this.#checks.values()].sort((a, b) => a.metric_type.localeCompare(b.metric_type)),
      findings,
      compliance: compliance.map((summary) => ({
        framework: summary.framework,
        totals: summary.totals,
        controls: summary.controls.map(({ id, title, section, status, reason }) => ({
          id,
          title,
          section,
          status,
          reason,
        })),
      })),
      cost: this.#cost.result(scan.options.cost === true),
      performance: this.#performance.result(thresholdsOf(scan.options).idle_cpu_percent),
      inventory,
    };
  }
}
