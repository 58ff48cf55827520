import type { JsonValue } from '../../core/index.js';

/** The IAM policy language as checks read it: statements of identity and resource policies. */
export interface Statement {
  effect: 'Allow' | 'Deny';
  actions: string[];
  resources: string[];
  /** `"Principal": "*"` or `{"AWS": "*"}`. */
  anyPrincipal: boolean;
  hasNotPrincipal: boolean;
  /** operator → condition key in lower case → values. */
  conditions: Record<string, Record<string, string[]>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function anyPrincipal(value: unknown): boolean {
  if (value === '*') return true;
  return isRecord(value) && strings(value.AWS).includes('*');
}

function conditions(value: unknown): Statement['conditions'] {
  if (!isRecord(value)) return {};
  const out: Statement['conditions'] = {};
  for (const [operator, entries] of Object.entries(value)) {
    if (!isRecord(entries)) continue;
    out[operator] = Object.fromEntries(
      Object.entries(entries).map(([key, v]) => [key.toLowerCase(), strings(v)]),
    );
  }
  return out;
}

export function statements(document: JsonValue | null): Statement[] {
  if (!isRecord(document)) return [];
  const raw = document.Statement;
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter(isRecord).map((s) => ({
    effect: s.Effect === 'Allow' ? 'Allow' : 'Deny',
    actions: strings(s.Action),
    resources: strings(s.Resource),
    anyPrincipal: anyPrincipal(s.Principal),
    hasNotPrincipal: s.NotPrincipal !== undefined,
    conditions: conditions(s.Condition),
  }));
}

/** An Allow of every action on every resource: full administrative access. */
export function grantsFullAdmin(document: JsonValue | null): boolean {
  return statements(document).some(
    (s) =>
      s.effect === 'Allow' &&
      s.actions.some((a) => a === '*' || a === '*:*') &&
      s.resources.includes('*'),
  );
}

/** Condition keys that narrow a `"*"` principal to known accounts, organisations or networks. */
const NARROWING_KEYS = new Set([
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceowner',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceip',
  'aws:sourceorgid',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:userid',
]);

/** An Allow that anyone may use: a `"*"` principal without a narrowing condition, or NotPrincipal. */
export function allowsAnyone(s: Statement): boolean {
  if (s.effect !== 'Allow') return false;
  if (s.hasNotPrincipal) return true;
  if (!s.anyPrincipal) return false;
  return !Object.values(s.conditions).some((byKey) =>
    Object.keys(byKey).some((key) => NARROWING_KEYS.has(key)),
  );
}
