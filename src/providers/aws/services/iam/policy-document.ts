import type { JsonValue } from '../../../../core/index.js';

/**
 * The IAM policy language, read without I/O: identity policies, role trust policies and resource
 * policies (S3 bucket policies) share it. A document is kept as parsed JSON in snapshots; these
 * helpers normalise its statements when a fact is derived.
 */

export interface Principals {
  /** `"Principal": "*"` or `{"AWS": "*"}`: every principal in every account. */
  everyone: boolean;
  aws: string[];
  service: string[];
  federated: string[];
  canonicalUser: string[];
}

export interface PolicyStatement {
  effect: 'Allow' | 'Deny';
  actions: string[];
  notActions: string[];
  resources: string[];
  notResources: string[];
  /** null when the statement names no principal (identity policies). */
  principal: Principals | null;
  notPrincipal: Principals | null;
  /** operator → condition key (as written) → values. */
  conditions: Record<string, Record<string, string[]>>;
}

/**
 * Condition keys that narrow who may use a statement, so that a `"*"` principal no longer means
 * anyone. Compared in lower case, as IAM compares condition keys case-insensitively.
 */
const RESTRICTING_CONDITION_KEYS = new Set([
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceowner',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceip',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:userid',
  'aws:username',
  'sts:externalid',
]);

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function principals(value: unknown): Principals | null {
  if (value === undefined || value === null) return null;
  if (value === '*') {
    return { everyone: true, aws: ['*'], service: [], federated: [], canonicalUser: [] };
  }
  if (!isRecord(value)) return null;
  const aws = strings(value.AWS);
  return {
    everyone: aws.includes('*'),
    aws,
    service: strings(value.Service),
    federated: strings(value.Federated),
    canonicalUser: strings(value.CanonicalUser),
  };
}

function conditions(value: unknown): Record<string, Record<string, string[]>> {
  if (!isRecord(value)) return {};
  const out: Record<string, Record<string, string[]>> = {};
  for (const [operator, entries] of Object.entries(value)) {
    if (!isRecord(entries)) continue;
    const byKey: Record<string, string[]> = {};
    for (const [key, values] of Object.entries(entries)) {
      byKey[key] = typeof values === 'boolean' ? [String(values)] : strings(values);
    }
    out[operator] = byKey;
  }
  return out;
}

/** The statements of a parsed policy document; an unreadable document has none. */
export function policyStatements(document: JsonValue | null): PolicyStatement[] {
  if (!isRecord(document)) return [];
  const raw = document.Statement;
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter(isRecord).map((s) => ({
    effect: s.Effect === 'Allow' ? 'Allow' : 'Deny',
    actions: strings(s.Action),
    notActions: strings(s.NotAction),
    resources: strings(s.Resource),
    notResources: strings(s.NotResource),
    principal: principals(s.Principal),
    notPrincipal: principals(s.NotPrincipal),
    conditions: conditions(s.Condition),
  }));
}

/** Every condition key of a statement, in lower case. */
export function conditionKeys(statement: PolicyStatement): Set<string> {
  const keys = new Set<string>();
  for (const byKey of Object.values(statement.conditions)) {
    for (const key of Object.keys(byKey)) keys.add(key.toLowerCase());
  }
  return keys;
}

/** True when a condition of the statement limits who can use it (account, org, network, ExternalId…). */
export function hasRestrictingCondition(statement: PolicyStatement): boolean {
  for (const key of conditionKeys(statement)) if (RESTRICTING_CONDITION_KEYS.has(key)) return true;
  return false;
}

/**
 * An Allow open to anyone: a `"*"` principal without a condition that narrows who, or an Allow with
 * NotPrincipal (which grants every principal but the ones it names).
 */
export function allowsAnyone(statement: PolicyStatement): boolean {
  if (statement.effect !== 'Allow') return false;
  if (statement.notPrincipal !== null) return true;
  return statement.principal?.everyone === true && !hasRestrictingCondition(statement);
}

/** `Effect: Allow, Action: "*", Resource: "*"`: full administrative access. */
export function grantsFullAdmin(document: JsonValue | null): boolean {
  return policyStatements(document).some(
    (s) =>
      s.effect === 'Allow' &&
      s.actions.some((a) => a === '*' || a === '*:*') &&
      s.resources.includes('*'),
  );
}

/** The account of an AWS principal: a 12-digit id or an ARN (`arn:aws:iam::111122223333:role/x`). */
export function accountOfPrincipal(principal: string): string | null {
  if (/^\d{12}$/.test(principal)) return principal;
  const parts = principal.split(':');
  const account = parts[4];
  if (
    parts.length >= 6 &&
    parts[0] === 'arn' &&
    account !== undefined &&
    /^\d{12}$/.test(account)
  ) {
    return account;
  }
  return null;
}
