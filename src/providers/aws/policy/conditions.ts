import type { Condition } from './document.js';
import { isAccountId } from './principals.js';
import { hasWildcard } from './values.js';

/**
 * Which conditions narrow who a statement lets in. A `"*"` principal is public unless a condition
 * pins the caller (or the request) to fixed accounts, organizations, networks or identities — the
 * rule S3 and IAM Access Analyzer apply ("The meaning of public" in the S3 User Guide). A condition
 * on an unknown key, with a wildcard value, or one that holds when the key is absent
 * (`…IfExists`, `ForAllValues:`) narrows nothing.
 */
export type Restriction =
  | { kind: 'accounts'; key: string; accounts: string[] }
  | { kind: 'organizations'; key: string; organizations: string[] }
  | { kind: 'network'; key: string; values: string[] }
  | { kind: 'identity'; key: string; values: string[] };

const ACCOUNT_KEYS = new Set([
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:principalaccount',
  's3:dataaccesspointaccount',
]);
const ORG_ID_KEYS = new Set(['aws:principalorgid', 'aws:sourceorgid']);
const ORG_PATH_KEYS = new Set(['aws:principalorgpaths', 'aws:sourceorgpaths']);
const ARN_KEYS = new Set(['aws:sourcearn', 'aws:principalarn', 's3:dataaccesspointarn']);
const NETWORK_KEYS = new Set(['aws:sourcevpc', 'aws:sourcevpce']);
const IP_KEY = 'aws:sourceip';
const USERID_KEY = 'aws:userid';
const KMS_KEY_ID_KEY = 's3:x-amz-server-side-encryption-aws-kms-key-id';

const POSITIVE_STRING = new Set([
  'stringequals',
  'stringequalsignorecase',
  'stringlike',
  'arnequals',
  'arnlike',
]);
const NEGATED_STRING = new Set([
  'stringnotequals',
  'stringnotequalsignorecase',
  'stringnotlike',
  'arnnotequals',
  'arnnotlike',
]);

interface Operator {
  base: string;
  ifExists: boolean;
  /** `ForAllValues:` is true when the key is absent; `ForAnyValue:` behaves like the plain operator. */
  forAllValues: boolean;
}

function parseOperator(operator: string): Operator {
  let base = operator.toLowerCase();
  let forAllValues = false;
  if (base.startsWith('forallvalues:')) {
    forAllValues = true;
    base = base.slice('forallvalues:'.length);
  } else if (base.startsWith('foranyvalue:')) {
    base = base.slice('foranyvalue:'.length);
  }
  const ifExists = base.endsWith('ifexists');
  if (ifExists) base = base.slice(0, -'ifexists'.length);
  return { base, ifExists, forAllValues };
}

const fixed = (v: string) => v !== '' && !hasWildcard(v);

/** `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*` → `o-a1b2c3d4e5` when that part is fixed. */
function organizationOfPath(path: string): string | null {
  const org = path.split('/')[0] ?? '';
  return /^o-[a-z0-9]{10,32}$/.test(org) ? org : null;
}

/** Broadest IPv4 / IPv6 ranges that are "the internet" rather than a set of networks. */
function isWholeInternet(cidr: string): boolean {
  const prefix = cidr.split('/')[1];
  return prefix === '0' || cidr === '0.0.0.0' || cidr === '::';
}

/** What the values of a narrowing key pin the request to, or null when they do not all pin it. */
function restrictionOfValues(
  key: string,
  values: readonly string[],
  ipOperator: boolean,
): Restriction | null {
  if (values.length === 0) return null;
  if (key === IP_KEY) {
    if (!ipOperator || values.some((v) => v === '' || hasWildcard(v) || isWholeInternet(v)))
      return null;
    return { kind: 'network', key, values: [...values] };
  }
  if (ipOperator) return null;
  if (ACCOUNT_KEYS.has(key)) {
    return values.every(isAccountId) ? { kind: 'accounts', key, accounts: [...values] } : null;
  }
  if (ORG_ID_KEYS.has(key)) {
    return values.every((v) => /^o-[a-z0-9]{10,32}$/.test(v))
      ? { kind: 'organizations', key, organizations: [...values] }
      : null;
  }
  if (ORG_PATH_KEYS.has(key)) {
    const orgs = values.map(organizationOfPath);
    return orgs.every((o): o is string => o !== null)
      ? { kind: 'organizations', key, organizations: [...new Set(orgs)] }
      : null;
  }
  if (ARN_KEYS.has(key)) {
    const accounts: string[] = [];
    for (const value of values) {
      const parts = value.split(':');
      if (parts.length < 6 || parts[0] !== 'arn') return null;
      const account = parts[4] ?? '';
      if (isAccountId(account)) accounts.push(account);
      // An ARN without an account (an S3 bucket) is fixed only when written out in full.
      else if (account !== '' || !fixed(value)) return null;
    }
    return accounts.length === values.length
      ? { kind: 'accounts', key, accounts: [...new Set(accounts)] }
      : { kind: 'identity', key, values: [...values] };
  }
  if (NETWORK_KEYS.has(key)) {
    return values.every(fixed) ? { kind: 'network', key, values: [...values] } : null;
  }
  if (key === USERID_KEY) {
    // `AROAEXAMPLEID:*` (a role's sessions) is fixed: the unique id before the colon is.
    return values.every((v) => fixed(v.split(':')[0] ?? ''))
      ? { kind: 'identity', key, values: [...values] }
      : null;
  }
  if (key === KMS_KEY_ID_KEY) {
    return values.every(fixed) ? { kind: 'identity', key, values: [...values] } : null;
  }
  return null;
}

/**
 * What an Allow's condition pins the caller to: a positive match (`StringEquals`, `ArnLike`,
 * `IpAddress`…) of a narrowing key with fixed values; null when it does not narrow who.
 */
export function allowRestriction(condition: Condition): Restriction | null {
  const op = parseOperator(condition.operator);
  if (op.ifExists || op.forAllValues) return null;
  const ip = op.base === 'ipaddress';
  if (!ip && !POSITIVE_STRING.has(op.base)) return null;
  return restrictionOfValues(condition.key, condition.values, ip);
}

/**
 * What a Deny's condition spares: a negated match (`StringNotEquals aws:SourceVpce`,
 * `NotIpAddress aws:SourceIp`…) of a narrowing key with fixed values denies every request outside
 * them — and a negated operator is true when the key is absent, so anonymous callers are denied too.
 */
export function denyRestriction(condition: Condition): Restriction | null {
  const op = parseOperator(condition.operator);
  if (op.forAllValues) return null;
  const ip = op.base === 'notipaddress';
  if (!ip && !NEGATED_STRING.has(op.base)) return null;
  return restrictionOfValues(condition.key, condition.values, ip);
}

/** The restrictions an Allow statement's conditions put on who may use it (all of them apply). */
export function allowRestrictions(conditions: readonly Condition[]): Restriction[] {
  return conditions.map(allowRestriction).filter((r): r is Restriction => r !== null);
}

/** The accounts the restrictions pin the caller to, or null when none pins accounts. */
export function restrictedAccounts(restrictions: readonly Restriction[]): string[] | null {
  const sets = restrictions.flatMap((r) => (r.kind === 'accounts' ? [r.accounts] : []));
  const [first, ...rest] = sets;
  if (first === undefined) return null;
  // Conditions are ANDed: the caller must satisfy every one.
  const common = first.filter((a) => rest.every((set) => set.includes(a)));
  return [...new Set(common)].sort();
}

export function restrictedOrganizations(restrictions: readonly Restriction[]): string[] {
  const orgs = new Set<string>();
  for (const r of restrictions) {
    if (r.kind === 'organizations') for (const o of r.organizations) orgs.add(o);
  }
  return [...orgs].sort();
}
