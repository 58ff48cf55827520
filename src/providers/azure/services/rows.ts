/** Safe readers of Resource Graph rows and ARM JSON (untyped by nature). */

export type Json = Record<string, unknown>;

export function obj(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Json)
    : {};
}

export function arr(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(obj) : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'True') return true;
  if (value === 'false' || value === 'False') return false;
  return undefined;
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function tagsOf(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj(value))) out[k] = typeof v === 'string' ? v : String(v);
  return out;
}

/** Environment tags that mark production (`env`, `environment`, `Environment`… = prod/production). */
export function isProduction(tags: Record<string, string>): boolean {
  return Object.entries(tags).some(
    ([k, v]) => /^(env|environment|stage|tier)$/i.test(k) && /^(prod|production|prd)$/i.test(v),
  );
}

/** Common columns of a Resources row. */
export function base(row: Json) {
  return {
    id: str(row.id) ?? '',
    name: str(row.name) ?? '',
    location: (str(row.location) ?? '').toLowerCase(),
    resourceGroup: str(row.resourceGroup) ?? '',
    tags: tagsOf(row.tags),
  };
}
