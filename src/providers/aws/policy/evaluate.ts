import type { JsonValue } from '../../../core/index.js';
import {
  allowRestrictions,
  denyRestriction,
  restrictedAccounts,
  restrictedOrganizations,
} from './conditions.js';
import { parseStatements, type PolicyStatement } from './document.js';
import { principalAccounts } from './principals.js';
import { hasWildcard, wildcardMatch } from './values.js';

/**
 * Evaluators over normalised statements: who a policy lets in (public, which accounts), and whether
 * an identity policy gives full administrative rights. Statements come from `parseStatements`; a
 * caller holding a raw document may pass it to the `…OfDocument` helpers.
 */

/**
 * Whether two action (or resource) patterns can match a common name: `s3:Get*` and `s3:GetObject`,
 * `*` and anything. Two patterns that both hold wildcards are compared by their fixed prefixes.
 */
export function patternsOverlap(a: string, b: string): boolean {
  if (wildcardMatch(a, b) || wildcardMatch(b, a)) return true;
  if (!hasWildcard(a) || !hasWildcard(b)) return false;
  const prefix = (p: string) => p.slice(0, p.search(/[*?]/)).toLowerCase();
  const [pa, pb] = [prefix(a), prefix(b)];
  return pa.startsWith(pb) || pb.startsWith(pa);
}

/** The statement's action patterns that concern `action` (a name or a pattern), as written. */
export function matchingActions(statement: PolicyStatement, action: string): string[] {
  if (statement.actions !== null)
    return statement.actions.filter((a) => patternsOverlap(a, action));
  // NotAction: every action but the listed ones; `action` concerns it unless all of it is excluded.
  const excluded = (statement.notActions ?? []).some((n) => wildcardMatch(n, action));
  return excluded ? [] : [action];
}

/** True when the statement covers every action `action` names (`s3:*` covers `s3:Get*`). */
function coversAction(statement: PolicyStatement, action: string): boolean {
  if (statement.actions !== null) return statement.actions.some((a) => wildcardMatch(a, action));
  return !(statement.notActions ?? []).some((n) => patternsOverlap(n, action));
}

/** True when a Deny's resources cover every resource of the Allow it is weighed against. */
function coversResources(deny: PolicyStatement, allow: PolicyStatement): boolean {
  if (deny.resources === null) return deny.notResources === null;
  if (deny.resources.includes('*')) return true;
  if (allow.resources === null) return false;
  return allow.resources.every((r) => deny.resources!.some((d) => wildcardMatch(d, r)));
}

/** A principal element that means "everyone": `"*"`, `{"AWS": "*"}`, or NotPrincipal in an Allow. */
function letsEveryoneIn(statement: PolicyStatement): boolean {
  return statement.principal?.anyone === true || statement.notPrincipal !== null;
}

/**
 * A Deny that takes `action` back from the public: it applies to every principal, covers the
 * action and the Allow's resources, and either has no condition or only conditions that deny
 * everything outside fixed accounts, organizations or networks (`StringNotEquals aws:SourceVpce`).
 */
function publicDenied(
  statements: readonly PolicyStatement[],
  allow: PolicyStatement,
  action: string,
): boolean {
  return statements.some(
    (deny) =>
      deny.effect === 'Deny' &&
      (deny.principal?.anyone === true || deny.notPrincipal !== null) &&
      coversAction(deny, action) &&
      coversResources(deny, allow) &&
      deny.conditions.every((c) => denyRestriction(c) !== null),
  );
}

export interface AccessQuery {
  /** Action names or patterns asked about (`s3:GetObject`, `s3:Put*`); absent = any action. */
  actions?: readonly string[];
}

/** What one Allow statement grants, and to whom. */
export interface StatementGrant {
  index: number;
  sid?: string;
  /** The statement's actions that concern the query, as written. */
  actions: string[];
  /** Everyone (anonymous callers and every account) may use it: no condition narrows who. */
  public: boolean;
  /** Accounts let in: principal accounts, or the accounts a condition pins a `"*"` principal to. */
  accounts: string[];
  /** Organizations a `"*"` principal is pinned to (aws:PrincipalOrgID, aws:SourceOrgID…). */
  organizations: string[];
  services: string[];
  federated: string[];
}

/** The Allow statements that concern the query, each with who it lets in (Denies applied to the public). */
export function grants(
  statements: readonly PolicyStatement[],
  query: AccessQuery = {},
): StatementGrant[] {
  const asked = query.actions ?? ['*'];
  const out: StatementGrant[] = [];
  statements.forEach((statement, index) => {
    if (statement.effect !== 'Allow') return;
    const actions = [...new Set(asked.flatMap((a) => matchingActions(statement, a)))];
    if (actions.length === 0) return;
    const restrictions = allowRestrictions(statement.conditions);
    const conditionAccounts = restrictedAccounts(restrictions);
    const everyone = letsEveryoneIn(statement);
    const isPublic =
      everyone &&
      restrictions.length === 0 &&
      actions.some((a) => !publicDenied(statements, statement, a));
    const principal = statement.principal;
    let accounts = principal ? principalAccounts(principal) : [];
    if (conditionAccounts !== null) {
      accounts =
        everyone || accounts.length === 0
          ? conditionAccounts
          : accounts.filter((a) => conditionAccounts.includes(a));
    }
    out.push({
      index,
      ...(statement.sid ? { sid: statement.sid } : {}),
      actions,
      public: isPublic,
      accounts,
      organizations: everyone ? restrictedOrganizations(restrictions) : [],
      services: principal?.service ?? [],
      federated: principal?.federated ?? [],
    });
  });
  return out;
}

/** Some statement lets an anonymous caller or any account in for the asked actions. */
export function isPublic(statements: readonly PolicyStatement[], query: AccessQuery = {}): boolean {
  return grants(statements, query).some((g) => g.public);
}

export interface AccountFilter {
  /** The account that owns the resource. */
  self: string;
  /** Accounts trusted besides it (configured, or the organization's). */
  trusted?: readonly string[];
}

/** Accounts outside `self` and `trusted` that the statements let in, sorted. */
export function externalAccounts(
  statementGrants: readonly StatementGrant[],
  filter: AccountFilter,
): string[] {
  const trusted = new Set([filter.self, ...(filter.trusted ?? [])]);
  const external = new Set<string>();
  for (const g of statementGrants) for (const a of g.accounts) if (!trusted.has(a)) external.add(a);
  return [...external].sort();
}

const FULL_ACTION = ['*', '*:*'];

/** Resource `"*"`, or NotResource (everything but what it names). */
function onEveryResource(statement: PolicyStatement): boolean {
  if (statement.resources !== null) return statement.resources.includes('*');
  return statement.notResources !== null && !statement.notResources.includes('*');
}

/**
 * An Allow that amounts to full administrative rights on every resource: Action `"*"`, or a
 * NotAction that leaves IAM's actions allowed (whoever may write IAM policies can grant itself the
 * rest). AWS's PowerUserAccess (NotAction iam:*, organizations:*, account:*) is not one.
 */
export function isAdminStatement(statement: PolicyStatement): boolean {
  if (statement.effect !== 'Allow' || !onEveryResource(statement)) return false;
  if (statement.actions !== null) return statement.actions.some((a) => FULL_ACTION.includes(a));
  const notActions = statement.notActions ?? [];
  return !notActions.some((n) => patternsOverlap(n, 'iam:*'));
}

/** A Deny with no condition on IAM's actions (or every action) on every resource: no escalation. */
function deniesAdministration(statement: PolicyStatement): boolean {
  return (
    statement.effect === 'Deny' &&
    statement.conditions.length === 0 &&
    statement.principal === null &&
    statement.notPrincipal === null &&
    onEveryResource(statement) &&
    coversAction(statement, 'iam:*')
  );
}

/**
 * The statements giving full administrative rights, read together (the policies of one principal:
 * its own, its groups', inline and managed). A Deny of IAM's actions on every resource takes them
 * back. Empty when the set is not admin.
 */
export function adminStatements(statements: readonly PolicyStatement[]): PolicyStatement[] {
  if (statements.some(deniesAdministration)) return [];
  return statements.filter(isAdminStatement);
}

export function isAdminPolicy(document: JsonValue | null | undefined): boolean {
  return adminStatements(parseStatements(document)).length > 0;
}
