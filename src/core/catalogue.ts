import { z } from 'zod';
import { categoryOf, metricTypeSchema, type Category, type MetricValue } from './event.js';

export const VALUE_TYPES = ['number', 'string', 'boolean', 'object', 'array'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** One metric type the project can emit, declared once. */
export interface MetricDefinition {
  name: string;
  valueType: ValueType;
  unit?: string;
  description: string;
}

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
      '| metric type | category | value | unit | description |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const e of entries) {
      lines.push(
        `| \`${e.name}\` | ${e.category} | ${e.valueType} | ${e.unit ?? ''} | ${e.description.replaceAll('|', '\\|')} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
