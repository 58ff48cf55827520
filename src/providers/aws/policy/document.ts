import type { JsonValue } from '../../../core/index.js';
import { parsePrincipals, type Principals } from './principals.js';
import { isRecord, strings } from './values.js';

/**
 * The IAM policy language, read without I/O. Identity policies (users, groups, roles, managed
 * policies), role trust policies and resource policies (S3 bucket policies, KMS key policies…)
 * share one grammar; this module normalises a parsed document into statements the evaluators read.
 */

/** One condition entry: `"<operator>": {"<key>": <values>}`. */
export interface Condition {
  /** As written (`StringEquals`, `ForAnyValue:StringLike`, `ArnLikeIfExists`…). */
  operator: string;
  /** Lower case: IAM compares condition keys case-insensitively. */
  key: string;
  values: string[];
}

export interface PolicyStatement {
  sid?: string;
  effect: 'Allow' | 'Deny';
  /** null when the statement uses NotAction instead. */
  actions: string[] | null;
  notActions: string[] | null;
  /** null when the statement uses NotResource instead (or names no resource: trust policies). */
  resources: string[] | null;
  notResources: string[] | null;
  /** null when the statement names no principal (identity policies) or uses NotPrincipal. */
  principal: Principals | null;
  notPrincipal: Principals | null;
  conditions: Condition[];
}

function listOrNull(value: unknown): string[] | null {
  return value === undefined ? null : strings(value);
}

function parseConditions(value: unknown): Condition[] {
  if (!isRecord(value)) return [];
  const out: Condition[] = [];
  for (const [operator, entries] of Object.entries(value)) {
    if (!isRecord(entries)) continue;
    for (const [key, values] of Object.entries(entries)) {
      out.push({ operator, key: key.toLowerCase(), values: strings(values) });
    }
  }
  return out;
}

function parseStatement(s: Record<string, unknown>): PolicyStatement {
  return {
    ...(typeof s.Sid === 'string' && s.Sid !== '' ? { sid: s.Sid } : {}),
    // Anything but an explicit Allow grants nothing: reading it as Deny never invents access.
    effect: s.Effect === 'Allow' ? 'Allow' : 'Deny',
    actions: listOrNull(s.Action),
    notActions: listOrNull(s.NotAction),
    resources: listOrNull(s.Resource),
    notResources: listOrNull(s.NotResource),
    principal: s.Principal === undefined ? null : parsePrincipals(s.Principal),
    notPrincipal: s.NotPrincipal === undefined ? null : parsePrincipals(s.NotPrincipal),
    conditions: parseConditions(s.Condition),
  };
}

/** The statements of a parsed policy document; an unreadable document has none. */
export function parseStatements(document: JsonValue | null | undefined): PolicyStatement[] {
  if (!isRecord(document)) return [];
  const raw = document.Statement;
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter(isRecord).map(parseStatement);
}

/**
 * IAM returns policy documents URL-encoded (RFC 3986); bucket policies come as plain JSON.
 * Returns the parsed document, or null when it is not JSON.
 */
export function decodePolicyDocument(raw: string | undefined): JsonValue | null {
  if (raw === undefined || raw.trim() === '') return null;
  const candidates = raw.trimStart().startsWith('{') ? [raw] : [safeDecode(raw), raw];
  for (const candidate of candidates) {
    if (candidate === null) continue;
    try {
      return JSON.parse(candidate) as JsonValue;
    } catch {
      // try the next reading
    }
  }
  return null;
}

function safeDecode(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
