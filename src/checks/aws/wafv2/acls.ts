import type { CheckContext, CheckResult } from '../../../core/index.js';
import {
  scopesOf,
  type WafScopeSnapshot,
  type Wafv2RegionSnapshot,
  type WebAcl,
} from '../../../providers/aws/services/wafv2/model.js';
import { regionScope, unreadable } from '../regional.js';

/**
 * Every web ACL the unit read with its scope; the CloudFront scope's listing, if it could not be
 * read (us-east-1 only), as one ERROR on the region.
 */
export function* eachWebAcl(
  snapshot: Pick<Wafv2RegionSnapshot, 'regional' | 'cloudfront'>,
  ctx: Pick<CheckContext, 'region' | 'accountId'>,
): Generator<{ acl: WebAcl; scope: WafScopeSnapshot } | { error: CheckResult }> {
  const { scopes, unread } = scopesOf(snapshot);
  if (unread)
    yield { error: unreadable(regionScope('wafv2', ctx), 'the CloudFront web ACLs', unread) };
  for (const scope of scopes) for (const acl of scope.webAcls) yield { acl, scope };
}
