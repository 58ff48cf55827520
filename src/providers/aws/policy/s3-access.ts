import type { BucketFacets, Facet, PublicAccessBlock } from '../services/s3/model.js';
import { parseStatements } from './document.js';
import { grants, type StatementGrant } from './evaluate.js';

/**
 * Whether an S3 bucket is public: its policy (read with this module's evaluator) and its ACL,
 * after Block Public Access — S3 applies the most restrictive combination of the bucket's and the
 * account's settings. The S3 facts and the S3 checks both read this one answer.
 */

export const ALL_USERS_URI = 'http://acs.amazonaws.com/groups/global/AllUsers';
export const AUTHENTICATED_USERS_URI = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

const SETTINGS = [
  'blockPublicAcls',
  'ignorePublicAcls',
  'blockPublicPolicy',
  'restrictPublicBuckets',
] as const satisfies readonly (keyof PublicAccessBlock)[];

/** Per setting: on, off, or null when a level could not be read and the other does not turn it on. */
export type EffectiveBlock = Record<keyof PublicAccessBlock, boolean | null>;

type Unread = Extract<Facet<unknown>, { state: 'denied' | 'error' }>;

function unread(facet: Facet<unknown>): facet is Unread {
  return facet.state === 'denied' || facet.state === 'error';
}

function levelSetting(
  facet: Facet<PublicAccessBlock>,
  setting: keyof PublicAccessBlock,
): boolean | null {
  if (facet.state === 'configured') return facet.value[setting];
  return facet.state === 'none' ? false : null;
}

/** A setting is on when either the bucket or the account turns it on. */
export function effectiveBlock(
  bucket: Facet<PublicAccessBlock>,
  account: Facet<PublicAccessBlock>,
): EffectiveBlock {
  const out = {} as EffectiveBlock;
  for (const setting of SETTINGS) {
    const levels = [levelSetting(bucket, setting), levelSetting(account, setting)];
    out[setting] = levels.includes(true) ? true : levels.includes(null) ? null : false;
  }
  return out;
}

export type PublicReason = 'policy_allows_anyone' | 'acl_all_users' | 'acl_authenticated_users';

export interface BucketPublicAccess {
  /** true, false, or null when an input it depends on could not be read. */
  public: boolean | null;
  /** What makes it public, after Block Public Access. */
  reasons: PublicReason[];
  /** What would make it public but Block Public Access neutralises (RestrictPublicBuckets, IgnorePublicAcls). */
  blocked: PublicReason[];
  /** The calls whose failure leaves the answer unknown. */
  unknownInputs: string[];
  /** Our evaluation of the policy alone, before Block Public Access; null when it could not be read. */
  policyPublic: boolean | null;
  /** The policy's Allow statements open to everyone. */
  publicStatements: StatementGrant[];
  /** ACL grants to everyone or to any AWS account: `<permission> to <AllUsers|AuthenticatedUsers>`. */
  publicAclGrants: string[];
  block: EffectiveBlock;
}

/**
 * One bucket's public access from its policy, ACL and Block Public Access, and the account's
 * Block Public Access. A public policy is neutralised by RestrictPublicBuckets, a public ACL by
 * IgnorePublicAcls (BlockPublicAcls and BlockPublicPolicy only refuse new public settings).
 */
export function bucketPublicAccess(
  facets: Pick<BucketFacets, 'policy' | 'acl' | 'publicAccessBlock'>,
  accountBlock: Facet<PublicAccessBlock>,
): BucketPublicAccess {
  const block = effectiveBlock(facets.publicAccessBlock, accountBlock);
  const blockCalls = [facets.publicAccessBlock, accountBlock].filter(unread).map((f) => f.call);
  const reasons: PublicReason[] = [];
  const blocked: PublicReason[] = [];
  const unknown = new Set<string>();

  const gate = (found: PublicReason[], setting: boolean | null): void => {
    if (found.length === 0) return;
    if (setting === true) blocked.push(...found);
    else if (setting === false) reasons.push(...found);
    else for (const call of blockCalls) unknown.add(call);
  };

  let policyPublic: boolean | null = null;
  let publicStatements: StatementGrant[] = [];
  if (facets.policy.state === 'configured') {
    publicStatements = grants(parseStatements(facets.policy.value.document)).filter(
      (g) => g.public,
    );
    policyPublic = publicStatements.length > 0;
  } else if (facets.policy.state === 'none') policyPublic = false;
  else unknown.add(facets.policy.call);
  gate(policyPublic ? ['policy_allows_anyone'] : [], block.restrictPublicBuckets);

  const publicAclGrants: string[] = [];
  const aclReasons = new Set<PublicReason>();
  if (facets.acl.state === 'configured') {
    for (const grant of facets.acl.value.grants) {
      if (grant.uri === ALL_USERS_URI) {
        aclReasons.add('acl_all_users');
        publicAclGrants.push(`${grant.permission} to AllUsers`);
      } else if (grant.uri === AUTHENTICATED_USERS_URI) {
        aclReasons.add('acl_authenticated_users');
        publicAclGrants.push(`${grant.permission} to AuthenticatedUsers`);
      }
    }
  } else if (unread(facets.acl)) unknown.add(facets.acl.call);
  gate([...aclReasons], block.ignorePublicAcls);

  const isPublicBucket = reasons.length > 0 ? true : unknown.size > 0 ? null : false;
  return {
    public: isPublicBucket,
    reasons,
    blocked,
    unknownInputs: [...unknown].sort(),
    policyPublic,
    publicStatements,
    publicAclGrants,
    block,
  };
}
