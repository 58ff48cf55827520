/**
 * Tags of a region's resources of one type, read in pages of 100 through the Resource Groups
 * Tagging API instead of one tag call per resource. Imported only by collectors, which scanners
 * load lazily: the tagging SDK client is never loaded at start.
 */
import {
  paginateGetResources,
  ResourceGroupsTaggingAPIClient,
} from '@aws-sdk/client-resource-groups-tagging-api';
import type { AwsUnitContext } from './define-scanner.js';
import { guardedRead, mapRead, type Read } from './read.js';

/** The IAM action of GetResources, named by every tag read that depends on it. */
export const TAG_GET_RESOURCES = 'tag:GetResources';

/** GetResources returns at most 100 resources a page. */
const RESOURCES_PER_PAGE = 100;

export type ResourceTags = Record<string, string>;

/**
 * The tags of every resource of `resourceType` (a ResourceTypeFilters string: `dynamodb:table`,
 * `sns`, `sqs`) in the unit's region, by ARN: one paginated GetResources listing. A resource absent
 * from the map has no tags (GetResources lists only resources that have or had tags). When the
 * listing is denied or fails, the read is that failure, naming tag:GetResources.
 */
export function regionTags(
  ctx: AwsUnitContext,
  resourceType: string,
): Promise<Read<Map<string, ResourceTags>>> {
  return guardedRead(ctx, TAG_GET_RESOURCES, async () => {
    const client = ctx.clients.get(ResourceGroupsTaggingAPIClient);
    const byArn = new Map<string, ResourceTags>();
    // The paginator stops on an absent or empty PaginationToken: AWS answers '' on the last page.
    for await (const page of paginateGetResources(
      { client },
      { ResourceTypeFilters: [resourceType], ResourcesPerPage: RESOURCES_PER_PAGE },
      { abortSignal: ctx.signal },
    )) {
      for (const mapping of page.ResourceTagMappingList ?? []) {
        if (!mapping.ResourceARN) continue;
        const tags = byArn.get(mapping.ResourceARN) ?? {};
        for (const t of mapping.Tags ?? []) if (t.Key !== undefined) tags[t.Key] = t.Value ?? '';
        byArn.set(mapping.ResourceARN, tags);
      }
      ctx.signal.throwIfAborted();
    }
    return byArn;
  });
}

/** One resource's tags out of a region's: `{}` when the listing does not name it. */
export function tagsOf(tags: Read<Map<string, ResourceTags>>, arn: string): Read<ResourceTags> {
  return mapRead(tags, (byArn) => ({ ...(byArn.get(arn) ?? {}) }));
}
