import { z } from 'zod';
import { categoryOf, metricTypeSchema, type Category, type MetricValue } from './event.js';

export const VALUE_TYPES = ['number', 'string', 'boolean', 'object', 'array'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/**
 * What a metric means to the readers of a scan (reports, dashboard), so that they never guess it
 * from the metric's name:
 * - `monthly_cost`: an object `YYYY-MM → amount` (the unit names the currency): the account's
 *   total, or with `dimension` the cost of the one resource it is on (a billed service, a project…)
 *   as one value of that dimension;
 * - `monthly_cost_by_dimension`: `YYYY-MM → <dimension value> → amount`, the dimension being
 *   `dimension` (service, region, account…);
 * - `daily_cost`: `YYYY-MM-DD → amount`;
 * - `forecast_cost`: `YYYY-MM → {mean, lower, upper}`;
 * - `waste`: a resource's estimated monthly waste, a number or `{usd, reason…}`;
 * - `waste_detail`: how a resource's waste figure was reached, `{reason, …}` (the reason readers show);
 * - `cpu_utilization_average` / `cpu_utilization_p95`: a resource's CPU in percent over the window;
 * - `utilization_percent`: another utilisation in percent (memory, disk, burst balance…);
 * - `health_check_failures`: failed health or status checks over the window (a count);
 * - `unavailable`: why a dimension could not be read (prices, metrics): `{detail|reason, error_code?}`;
 * - `idle_signal`: a boolean derived signal (idle, unused, over-provisioned…);
 * - `resource_name`, `resource_state`, `resource_tags`: inventory facts readers show first.
 */
export const METRIC_ROLES = [
  'monthly_cost',
  'monthly_cost_by_dimension',
  'daily_cost',
  'forecast_cost',
  'waste',
  'waste_detail',
  'cpu_utilization_average',
  'cpu_utilization_p95',
  'utilization_percent',
  'health_check_failures',
  'unavailable',
  'idle_signal',
  'resource_name',
  'resource_state',
  'resource_tags',
] as const;
export type MetricRole = (typeof METRIC_ROLES)[number];

/** One metric type the project can emit, declared once. */
export interface MetricDefinition {
  name: string;
  valueType: ValueType;
  unit?: string;
  description: string;
  /** Its meaning for reports; none for plain facts. */
  role?: MetricRole;
  /** With `monthly_cost_by_dimension`: what the inner keys are (`service`, `region`, `account`…). */
  dimension?: string;
}

/** A metric as a scanner declares it in `defineMetrics`: the name is given once, in full. */
export type MetricSpec = Omit<MetricDefinition, 'name'> & { name: string };

export interface CatalogueEntry extends MetricDefinition {
  category: Category;
  provider: string;
  service: string;
}

export function valueTypeOf(value: MetricValue): ValueType {
  if (Array.isArray(value)) return 'array';
  const kind = typeof value;
  if (kind === 'number' || kind === 'string' || kind === 'boolean') return kind;
  return 'object';
}

/** Shorthand used by scanners to declare their metrics. */
export function metric(
  name: string,
  valueType: ValueType,
  description: string,
  unit?: string,
): MetricDefinition {
  return unit === undefined
    ? { name, valueType, description }
    : { name, valueType, unit, description };
}

/**
 * Declares a scanner's metrics once: the keys name them in code, the specs are the catalogue
 * entries. `const M = defineMetrics({ sizeBytes: { name: 'aws.metadata.efs.size_bytes', … } })`
 * gives `M.sizeBytes` (the metric type, for extractors) and `M.definitions` (for the scanner).
 */
export function defineMetrics<const T extends Record<string, MetricSpec>>(
  specs: T,
): { readonly [K in keyof T]: T[K]['name'] } & {
  readonly definitions: readonly MetricDefinition[];
} {
  const names: Record<string, string> = {};
  const definitions: MetricDefinition[] = [];
  for (const [key, spec] of Object.entries(specs)) {
    if (key === 'definitions') throw new CatalogueError('a metric cannot be keyed `definitions`');
    names[key] = spec.name;
    definitions.push(spec);
  }
  return { ...names, definitions } as never;
}

/** The catalogue's entries that play a role, for readers that look metrics up by meaning. */
export function metricsWithRole(
  catalogue: { entries(): CatalogueEntry[] },
  role: MetricRole,
): CatalogueEntry[] {
  return catalogue.entries().filter((e) => e.role === role);
}

/** A definition with its role for readers (for metrics declared through `metric()`). */
export function withRole(
  definition: MetricDefinition,
  role: MetricRole | undefined,
  dimension?: string,
): MetricDefinition {
  if (role === undefined) return definition;
  return dimension === undefined ? { ...definition, role } : { ...definition, role, dimension };
}

export class CatalogueError extends Error {}

/** Every metric type the project can emit; events are checked against it before they are stored. */
export class MetricCatalogue {
  readonly #entries = new Map<string, CatalogueEntry>();

  constructor(definitions: Iterable<MetricDefinition> = []) {
    for (const definition of definitions) this.add(definition);
  }

  add(definition: MetricDefinition): void {
    const parsed = metricTypeSchema.safeParse(definition.name);
    if (!parsed.success) throw new CatalogueError(`invalid metric type ${definition.name}`);
    if (this.#entries.has(definition.name)) {
      throw new CatalogueError(`metric type ${definition.name} is declared twice`);
    }
    const [provider, , service] = definition.name.split('.') as [string, string, string];
    this.#entries.set(definition.name, {
      ...definition,
      category: categoryOf(definition.name),
      provider,
      service,
    });
  }

  get(name: string): CatalogueEntry | undefined {
    return this.#entries.get(name);
  }

  has(name: string): boolean {
    return this.#entries.has(name);
  }

  entries(): CatalogueEntry[] {
    return [...this.#entries.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Returns why an event's metric does not fit the catalogue, or null when it does. */
  problemWith(metricType: string, value: MetricValue): string | null {
    const entry = this.#entries.get(metricType);
    if (entry === undefined) return `metric type ${metricType} is not declared in the catalogue`;
    const actual = valueTypeOf(value);
    if (actual !== entry.valueType) {
      return `metric type ${metricType} expects a ${entry.valueType} value, got ${actual}`;
    }
    return null;
  }
}

export const catalogueEntrySchema = z.object({
  name: z.string(),
  category: z.string(),
  provider: z.string(),
  service: z.string(),
  valueType: z.enum(VALUE_TYPES),
  unit: z.string().optional(),
  description: z.string(),
  role: z.enum(METRIC_ROLES).optional(),
  dimension: z.string().optional(),
});

/** Markdown reference generated from the catalogue (docs/metrics.md). */
export function renderCatalogueMarkdown(catalogue: MetricCatalogue): string {
  const lines = [
    '# Metric catalogue',
    '',
    '<!-- Generated from the metric catalogue by `npm run docs`; do not edit by hand. -->',
    '',
    'Every metric type CloudDiagnoze can emit, with the type of its `metric_value`.',
    '',
  ];
  const byProviderService = new Map<string, CatalogueEntry[]>();
  for (const entry of catalogue.entries()) {
    const key = `${entry.provider}.${entry.service}`;
    byProviderService.set(key, [...(byProviderService.get(key) ?? []), entry]);
  }
  for (const [key, entries] of [...byProviderService.entries()].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    lines.push(
      `## ${key}`,
      '',
      '| metric type | category | value | unit | role | description |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const e of entries) {
      const role = e.role === undefined ? '' : e.dimension ? `${e.role} (${e.dimension})` : e.role;
      lines.push(
        `| \`${e.name}\` | ${e.category} | ${e.valueType} | ${e.unit ?? ''} | ${role} | ${e.description.replaceAll('|', '\\|')} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
