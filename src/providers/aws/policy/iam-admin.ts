import type { JsonValue } from '../../../core/index.js';
import type {
  AttachedPolicy,
  AuthorizationDetails,
  IamRole,
  IamUser,
  InlinePolicy,
} from '../services/iam/model.js';
import { parseStatements, type PolicyStatement } from './document.js';
import { adminStatements, isAdminStatement } from './evaluate.js';

/**
 * Effective administrative rights of an IAM user or role: every policy that applies to it read
 * together — its inline policies, its attached managed policies (customer- and AWS-managed) and,
 * for a user, those of each of its groups. The S3-style rule "never PASS on what was not read"
 * holds: a policy whose document the snapshot lacks leaves the answer unknown unless another one
 * already makes the principal an administrator.
 */

/** AWS's AdministratorAccess, whose document is known even when IAM did not list it. */
const ADMINISTRATOR_ACCESS: JsonValue = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};

function knownAwsDocument(arn: string): JsonValue | undefined {
  return /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/.test(arn)
    ? ADMINISTRATOR_ACCESS
    : undefined;
}

export interface AdminAccess {
  /** true, false, or null when a policy that applies could not be read. */
  admin: boolean | null;
  /** Where the rights come from: `inline break-glass`, `attached AdministratorAccess`, `group Admins: attached god`. */
  via: string[];
  /** Policies (or groups) that apply but whose document the snapshot lacks. */
  unknown: string[];
}

interface Source {
  label: string;
  statements: PolicyStatement[];
}

// Read once per snapshot: every user and role of an account looks policies up in the same lists.
const documentsByDetails = new WeakMap<AuthorizationDetails, Map<string, JsonValue | null>>();
const statementsByDocument = new WeakMap<object, PolicyStatement[]>();

function managedDocuments(details: AuthorizationDetails): Map<string, JsonValue | null> {
  const cached = documentsByDetails.get(details);
  if (cached !== undefined) return cached;
  const documents = new Map<string, JsonValue | null>();
  for (const p of [...details.policies, ...details.awsManagedPolicies]) {
    documents.set(p.arn, p.document);
  }
  documentsByDetails.set(details, documents);
  return documents;
}

function statementsOf(document: JsonValue): PolicyStatement[] {
  if (typeof document !== 'object' || document === null) return parseStatements(document);
  let statements = statementsByDocument.get(document);
  if (statements === undefined) {
    statements = parseStatements(document);
    statementsByDocument.set(document, statements);
  }
  return statements;
}

function sourcesOf(
  prefix: string,
  attached: readonly AttachedPolicy[],
  inline: readonly InlinePolicy[],
  documents: Map<string, JsonValue | null>,
  unknown: string[],
): Source[] {
  const sources: Source[] = [];
  for (const p of inline) {
    if (p.document === null) unknown.push(`${prefix}inline ${p.name}`);
    else sources.push({ label: `${prefix}inline ${p.name}`, statements: statementsOf(p.document) });
  }
  for (const p of attached) {
    const document = documents.get(p.arn) ?? knownAwsDocument(p.arn) ?? null;
    if (document === null) unknown.push(`${prefix}attached ${p.name}`);
    else sources.push({ label: `${prefix}attached ${p.name}`, statements: statementsOf(document) });
  }
  return sources;
}

function judge(sources: readonly Source[], unknown: string[]): AdminAccess {
  const all = sources.flatMap((s) => s.statements);
  const admin = adminStatements(all).length > 0;
  const via = admin
    ? sources.filter((s) => s.statements.some(isAdminStatement)).map((s) => s.label)
    : [];
  return { admin: admin ? true : unknown.length > 0 ? null : false, via, unknown };
}

export function userAdminAccess(user: IamUser, details: AuthorizationDetails): AdminAccess {
  const documents = managedDocuments(details);
  const unknown: string[] = [];
  const sources = sourcesOf('', user.attachedPolicies, user.inlinePolicies, documents, unknown);
  for (const name of user.groups) {
    const group = details.groups.find((g) => g.name === name);
    if (group === undefined) {
      unknown.push(`group ${name}`);
      continue;
    }
    sources.push(
      ...sourcesOf(
        `group ${name}: `,
        group.attachedPolicies,
        group.inlinePolicies,
        documents,
        unknown,
      ),
    );
  }
  return judge(sources, unknown);
}

export function roleAdminAccess(role: IamRole, details: AuthorizationDetails): AdminAccess {
  const unknown: string[] = [];
  const sources = sourcesOf(
    '',
    role.attachedPolicies,
    role.inlinePolicies,
    managedDocuments(details),
    unknown,
  );
  return judge(sources, unknown);
}
