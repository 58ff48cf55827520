import {
  GetWebACLCommand,
  ListLoggingConfigurationsCommand,
  ListResourcesForWebACLCommand,
  ListWebACLsCommand,
  WAFV2Client,
  type LoggingConfiguration,
  type ResourceType,
  type WebACLSummary,
} from '@aws-sdk/client-wafv2';
import pLimit from 'p-limit';
import type { AwsUnitContext } from '../../define-scanner.js';
import { guardedRead } from '../../read.js';
import {
  mapLoggingConfigurations,
  mapWebAclDetail,
  mapWebAclSummary,
  type ListedWebAcl,
} from './mapper.js';
import {
  CLOUDFRONT_SCOPE_REGION,
  type WafScope,
  type WafScopeSnapshot,
  type Wafv2RegionSnapshot,
  type WebAcl,
} from './model.js';

/** ListWebACLs and ListLoggingConfigurations take at most 100 a page. */
const PAGE_LIMIT = 100;
/**
 * GetWebACL (the rules and default action) and ListResourcesForWebACL take one web ACL: WAFv2 has
 * no batch form of either, so they are made per ACL, at most this many at once.
 */
const PER_ACL_CONCURRENCY = 5;
/** The ACL was deleted between the listing and the read. */
const GONE = ['WAFNonexistentItemException'];
/**
 * The regional resource types a web ACL can protect. ListResourcesForWebACL answers for one type a
 * call (APPLICATION_LOAD_BALANCER when none is given), so each ACL costs one call per type.
 */
const REGIONAL_RESOURCE_TYPES: readonly ResourceType[] = [
  'APPLICATION_LOAD_BALANCER',
  'API_GATEWAY',
  'APPSYNC',
  'COGNITO_USER_POOL',
  'APP_RUNNER_SERVICE',
  'VERIFIED_ACCESS_INSTANCE',
];
/** A resource type the region does not offer is refused as an invalid parameter: it protects nothing here. */
const TYPE_NOT_OFFERED = ['WAFInvalidParameterException'];

/** WAFv2 ships no paginators: NextMarker is followed by hand, until a page comes back without one. */
async function allPages<T>(
  signal: AbortSignal,
  page: (marker: string | undefined) => Promise<{ items?: T[]; next?: string }>,
): Promise<T[]> {
  const out: T[] = [];
  let marker: string | undefined;
  do {
    const answer = await page(marker);
    out.push(...(answer.items ?? []));
    signal.throwIfAborted();
    // An empty page with a marker would loop forever on some emulators: stop there.
    marker = answer.next && (answer.items?.length ?? 0) > 0 ? answer.next : undefined;
  } while (marker);
  return out;
}

async function listWebAcls(
  ctx: AwsUnitContext,
  client: WAFV2Client,
  scope: WafScope,
): Promise<ListedWebAcl[]> {
  const summaries = await allPages<WebACLSummary>(ctx.signal, async (marker) => {
    const answer = await client.send(
      new ListWebACLsCommand({
        Scope: scope,
        Limit: PAGE_LIMIT,
        ...(marker ? { NextMarker: marker } : {}),
      }),
      { abortSignal: ctx.signal },
    );
    return { items: answer.WebACLs, next: answer.NextMarker };
  });
  return summaries.flatMap((s) => mapWebAclSummary(scope)(s) ?? []);
}

/** One paginated listing of the scope's logging configurations, never a GetLoggingConfiguration per ACL. */
async function listLogging(ctx: AwsUnitContext, client: WAFV2Client, scope: WafScope) {
  const configs = await allPages<LoggingConfiguration>(ctx.signal, async (marker) => {
    const answer = await client.send(
      new ListLoggingConfigurationsCommand({
        Scope: scope,
        Limit: PAGE_LIMIT,
        ...(marker ? { NextMarker: marker } : {}),
      }),
      { abortSignal: ctx.signal },
    );
    return { items: answer.LoggingConfigurations, next: answer.NextMarker };
  });
  return mapLoggingConfigurations(configs);
}

async function listResources(
  ctx: AwsUnitContext,
  client: WAFV2Client,
  arn: string,
  limit: ReturnType<typeof pLimit>,
): Promise<string[]> {
  const perType = await Promise.all(
    REGIONAL_RESOURCE_TYPES.map((type) =>
      limit(async () => {
        try {
          const answer = await client.send(
            new ListResourcesForWebACLCommand({ WebACLArn: arn, ResourceType: type }),
            { abortSignal: ctx.signal },
          );
          return answer.ResourceArns ?? [];
        } catch (error) {
          if ((error as { name?: string }).name && TYPE_NOT_OFFERED.includes((error as Error).name))
            return [];
          throw error;
        }
      }),
    ),
  );
  return perType.flat().sort();
}

async function readScope(
  ctx: AwsUnitContext,
  client: WAFV2Client,
  scope: WafScope,
): Promise<WafScopeSnapshot> {
  const [listed, logging] = await Promise.all([
    listWebAcls(ctx, client, scope),
    guardedRead(ctx, 'wafv2:ListLoggingConfigurations', () => listLogging(ctx, client, scope)),
  ]);
  const limit = pLimit(PER_ACL_CONCURRENCY);
  const webAcls = await Promise.all(
    listed.map(async (acl): Promise<WebAcl> => {
      const [detail, resources] = await Promise.all([
        limit(() =>
          guardedRead(
            ctx,
            'wafv2:GetWebACL',
            async () => {
              const answer = await client.send(
                new GetWebACLCommand({ Name: acl.name, Id: acl.id, Scope: scope }),
                { abortSignal: ctx.signal },
              );
              if (!answer.WebACL) throw Object.assign(new Error('no WebACL'), { name: GONE[0] });
              return mapWebAclDetail(answer.WebACL);
            },
            { absentCodes: GONE },
          ),
        ),
        scope === 'REGIONAL'
          ? guardedRead(
              ctx,
              'wafv2:ListResourcesForWebACL',
              () => listResources(ctx, client, acl.arn, limit),
              { absentCodes: GONE },
            )
          : undefined,
      ]);
      return { ...acl, detail, ...(resources ? { resources } : {}) };
    }),
  );
  return { scope, webAcls, logging };
}

/**
 * One region's web ACLs: the REGIONAL scope (its listing fails the unit), and in us-east-1 the
 * CLOUDFRONT scope too, as route53 and cloudfront read their global part once. Per scope: one
 * paginated ListWebACLs, one paginated ListLoggingConfigurations, then per ACL GetWebACL and (for
 * regional ACLs) ListResourcesForWebACL — WAFv2 has no batch form of either.
 */
export async function collectWafv2Snapshot(ctx: AwsUnitContext): Promise<Wafv2RegionSnapshot> {
  const client = ctx.clients.get(WAFV2Client);
  const [regional, cloudfront] = await Promise.all([
    readScope(ctx, client, 'REGIONAL'),
    ctx.region === CLOUDFRONT_SCOPE_REGION
      ? guardedRead(ctx, 'wafv2:ListWebACLs', () => readScope(ctx, client, 'CLOUDFRONT'))
      : undefined,
  ]);
  return { region: ctx.region, regional, ...(cloudfront ? { cloudfront } : {}) };
}
