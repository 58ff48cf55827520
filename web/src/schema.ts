import type { Issue } from './types';

/** The part of JSON Schema the API's OpenAPI document uses for request bodies. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  description?: string;
  /** A name for people (an auth mode's, from the provider's schema). */
  title?: string;
  default?: unknown;
  /** On a provider's auth modes in the scan request: the provider they belong to. */
  'x-provider'?: string;
}

interface OpenApiDocument {
  paths?: Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** Inlines `#/components/schemas/…` references, so the rest of the code never meets one. */
function inline(schema: JsonSchema, doc: OpenApiDocument, depth = 0): JsonSchema {
  if (depth > 20) return schema;
  let resolved = schema;
  if (schema.$ref?.startsWith('#/components/schemas/')) {
    resolved = doc.components?.schemas?.[schema.$ref.slice('#/components/schemas/'.length)] ?? {};
  }
  const out: JsonSchema = { ...resolved };
  delete out.$ref;
  if (out.properties) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([k, v]) => [k, inline(v, doc, depth + 1)]),
    );
  }
  if (out.items) out.items = inline(out.items, doc, depth + 1);
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    if (out[key]) out[key] = out[key]!.map((s) => inline(s, doc, depth + 1));
  }
  return out;
}

/** The JSON body schema of one operation of the API's OpenAPI document. */
export function requestBodySchema(doc: unknown, path: string, method: string): JsonSchema | null {
  const d = doc as OpenApiDocument;
  const schema = d.paths?.[path]?.[method]?.requestBody?.content?.['application/json']?.schema;
  return schema ? inline(schema, d) : null;
}

/**
 * The variants of a union whose members are told apart by a `type` constant (auth modes). Where
 * the members are each provider's own union (marked `x-provider`), only `provider`'s count: two
 * providers may both have a `default` mode.
 */
export function variants(
  schema: JsonSchema | undefined,
  provider?: string,
): { tag: string; schema: JsonSchema }[] {
  let members = schema?.oneOf ?? schema?.anyOf ?? (schema ? [schema] : []);
  if (provider !== undefined && members.some((m) => m['x-provider'] !== undefined)) {
    members = members.filter((m) => m['x-provider'] === provider);
  }
  return members.flatMap((member) => {
    if (member.oneOf ?? member.anyOf) return variants(member, provider);
    const type = member.properties?.['type'];
    const tag = type?.const ?? type?.enum?.[0];
    return typeof tag === 'string' ? [{ tag, schema: member }] : [];
  });
}

function typeOf(schema: JsonSchema): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Checks a value against the schema, with the API's own rules (the same document the server
 * validates with), and says what is wrong at each path, like the API's 400 `issues`.
 */
export function validate(
  schema: JsonSchema,
  value: unknown,
  path = '',
  /** The request's provider: its auth modes are the ones that apply. */
  provider?: string,
): Issue[] {
  const at = (message: string): Issue[] => [{ path, message }];
  const union = schema.oneOf ?? schema.anyOf;
  if (union) {
    const tag = (value as { type?: unknown } | null)?.type;
    const match = variants(schema, provider).find((v) => v.tag === tag);
    if (match) return validate(match.schema, value, path, provider);
    const tags = variants(schema, provider).map((v) => v.tag);
    if (tags.length > 0)
      return [
        { path: path ? `${path}.type` : 'type', message: `choose one of ${tags.join(', ')}` },
      ];
    return union.some((s) => validate(s, value, path, provider).length === 0)
      ? []
      : at('is not valid');
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return at(`must be one of ${schema.enum.join(', ')}`);
  }
  switch (typeOf(schema)) {
    case 'object': {
      if (typeof value === 'string') return at('must be a JSON object, e.g. {"name": 1}');
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return at('is required');
      const record = value as Record<string, unknown>;
      const issues: Issue[] = [];
      for (const key of schema.required ?? []) {
        if (record[key] === undefined)
          issues.push({ path: path ? `${path}.${key}` : key, message: 'is required' });
      }
      for (const [key, child] of Object.entries(record)) {
        if (child === undefined) continue;
        const childPath = path ? `${path}.${key}` : key;
        const childSchema = schema.properties?.[key];
        if (childSchema) issues.push(...validate(childSchema, child, childPath, provider));
        else if (schema.additionalProperties === false)
          issues.push({ path: childPath, message: 'unknown field' });
      }
      return issues;
    }
    case 'array': {
      if (!Array.isArray(value)) return at('must be a list');
      if (schema.minItems !== undefined && value.length < schema.minItems) {
        return at(
          schema.minItems === 1 ? 'choose at least one' : `choose at least ${schema.minItems}`,
        );
      }
      if (schema.maxItems !== undefined && value.length > schema.maxItems) {
        return at(`choose at most ${schema.maxItems}`);
      }
      return schema.items
        ? value.flatMap((item, i) =>
            validate(schema.items!, item, path ? `${path}.${i}` : String(i), provider),
          )
        : [];
    }
    case 'string': {
      if (typeof value !== 'string') return at('must be text');
      if (schema.minLength !== undefined && value.length < schema.minLength) {
        return at(
          schema.minLength === 1
            ? 'is required'
            : `must be at least ${plural(schema.minLength, 'character')}`,
        );
      }
      if (schema.maxLength !== undefined && value.length > schema.maxLength) {
        return at(`must be at most ${plural(schema.maxLength, 'character')}`);
      }
      if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) {
        return at('is not in the expected format');
      }
      return [];
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || Number.isNaN(value)) return at('must be a number');
      if (typeOf(schema) === 'integer' && !Number.isInteger(value))
        return at('must be a whole number');
      if (schema.minimum !== undefined && value < schema.minimum)
        return at(`must be at least ${schema.minimum}`);
      if (schema.maximum !== undefined && value > schema.maximum)
        return at(`must be at most ${schema.maximum}`);
      if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
        return at(`must be more than ${schema.exclusiveMinimum}`);
      }
      if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) {
        return at(`must be less than ${schema.exclusiveMaximum}`);
      }
      return [];
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : at('must be true or false');
    default:
      return [];
  }
}
