import { isRecord, strings } from './values.js';

/** Who a `Principal` (or `NotPrincipal`) element names. */
export interface Principals {
  /** `"Principal": "*"` or `{"AWS": "*"}`: every principal of every account, and anonymous callers. */
  anyone: boolean;
  /** Account ids, `arn:…:root`, user/role/assumed-role ARNs, as written ("*" excluded). */
  aws: string[];
  /** `ec2.amazonaws.com`, … */
  service: string[];
  /** Identity providers: `cognito-identity.amazonaws.com`, SAML/OIDC provider ARNs. */
  federated: string[];
  canonicalUser: string[];
}

export function parsePrincipals(value: unknown): Principals {
  if (value === '*') {
    return { anyone: true, aws: [], service: [], federated: [], canonicalUser: [] };
  }
  if (!isRecord(value)) {
    return { anyone: false, aws: [], service: [], federated: [], canonicalUser: [] };
  }
  const aws = strings(value.AWS);
  return {
    anyone: aws.includes('*'),
    aws: aws.filter((p) => p !== '*'),
    service: strings(value.Service),
    federated: strings(value.Federated),
    canonicalUser: strings(value.CanonicalUser),
  };
}

const ACCOUNT_ID = /^\d{12}$/;

export function isAccountId(value: string): boolean {
  return ACCOUNT_ID.test(value);
}

/**
 * The account of an AWS principal: a 12-digit id, or the account field of an ARN
 * (`arn:aws:iam::111122223333:root`, `…:role/x`, `arn:aws:sts::111122223333:assumed-role/x/s`).
 * null for anything else (a wildcard account, a unique id like `AIDA…`).
 */
export function accountOfPrincipal(principal: string): string | null {
  if (isAccountId(principal)) return principal;
  const parts = principal.split(':');
  const account = parts[4];
  return parts.length >= 6 && parts[0] === 'arn' && account !== undefined && isAccountId(account)
    ? account
    : null;
}

/** The accounts an AWS principal list names; principals of no known account are left out. */
export function principalAccounts(principals: Principals): string[] {
  const accounts = new Set<string>();
  for (const p of principals.aws) {
    const account = accountOfPrincipal(p);
    if (account !== null) accounts.add(account);
  }
  return [...accounts].sort();
}
