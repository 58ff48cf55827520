import type { JsonSchema } from './schema';

export type Values = Record<string, string | boolean | string[]>;

/** Placeholders and hint examples per field name. */
export const EXAMPLES: Record<string, string> = {
  role_arn: 'arn:aws:iam::123456789012:role/CloudDiagnozeScan',
  access_key_id: 'AKIA…',
  profile: 'audit',
  session_name: 'clouddiagnoze',
  external_id: 'the external id the role trusts',
  web_identity_token_file: '/var/run/secrets/token',
  duration_seconds: '3600',
  thresholds: '{"idle_cpu_percent": 10}',
  check_config: '{"max_access_key_age_days": 60}',
};

const isObjectSchema = (schema: JsonSchema | undefined): boolean =>
  schema?.type === 'object' || schema?.properties !== undefined;

/**
 * Turns what the inputs hold into the JSON the API takes: numbers as numbers, objects (thresholds,
 * check configuration) parsed from their JSON text, blanks left out. Text that is not JSON is
 * passed on as it is, for the validation to name.
 */
export function typed(schema: JsonSchema | undefined, values: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(values)) {
    const field = schema?.properties?.[name];
    const type = field?.type;
    if (raw === '' || raw === undefined) continue;
    if ((type === 'integer' || type === 'number') && typeof raw === 'string') {
      out[name] = raw.trim() === '' ? undefined : Number(raw);
    } else if (isObjectSchema(field) && typeof raw === 'string') {
      const text = raw.trim();
      if (text === '') continue;
      try {
        out[name] = JSON.parse(text) as unknown;
      } catch {
        out[name] = text;
      }
    } else if (typeof raw === 'string') out[name] = raw.trim();
    else out[name] = raw;
  }
  return out;
}

/** A field's hint: its description and range; an unbounded maximum is not worth a number. */
export function hintOf(name: string, schema: JsonSchema): string | null {
  const parts: string[] = [];
  if (schema.description) parts.push(schema.description);
  const bounded = schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER;
  if (schema.minimum !== undefined && bounded) {
    parts.push(`${schema.minimum} to ${schema.maximum}`);
  } else if (schema.minimum !== undefined && schema.minimum > 0) {
    parts.push(`at least ${schema.minimum}`);
  }
  if (EXAMPLES[name] && schema.pattern) parts.push(`e.g. ${EXAMPLES[name]}`);
  if (isObjectSchema(schema)) parts.push(`a JSON object, e.g. ${EXAMPLES[name] ?? '{"name": 1}'}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

export interface SinkChoice {
  name: string;
  configured: boolean;
  setting: string | null;
}

/**
 * The scan's sinks field offers only the sinks a scan may name here; its hint says which are not
 * configured and what configures them.
 */
export function sinksField(
  schema: JsonSchema,
  sinks: readonly SinkChoice[],
): { schema: JsonSchema; hint: string | null } {
  const usable = new Set(sinks.filter((s) => s.configured).map((s) => s.name));
  const items = schema.items?.enum
    ? { ...schema.items, enum: schema.items.enum.filter((v) => usable.has(String(v))) }
    : schema.items;
  const missing = sinks.filter((s) => !s.configured);
  return {
    schema: { ...schema, ...(items ? { items } : {}) },
    hint:
      missing.length === 0
        ? null
        : `Not configured here: ${missing
            .map((s) => (s.setting ? `${s.name} (set ${s.setting})` : s.name))
            .join(', ')}.`,
  };
}
