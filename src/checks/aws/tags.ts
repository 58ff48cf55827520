import type { CheckContext, CheckDefinition, CheckResult, ScannerRef } from '../../core/index.js';
import { requiredTags } from '../config.js';
import { defineCheck, type FieldOf, type Read } from '../define.js';

/**
 * The required-tags rule, shared by one check per service: every taggable resource the scanner
 * collected carries each key of `check_config.required_tags`, with one of its allowed values when
 * the key lists some. With no tag required the checks report nothing (not PASS).
 */

export type Tags = Readonly<Record<string, string>>;

/** What is wrong with a resource's tags: `missing owner`, `env=test (allowed: prod, dev)`. */
export function tagProblems(
  tags: Tags,
  required: Readonly<Record<string, readonly string[]>>,
): string[] {
  const problems: string[] = [];
  for (const [key, allowed] of Object.entries(required)) {
    const value = tags[key];
    if (value === undefined) problems.push(`missing ${key}`);
    else if (allowed.length > 0 && !allowed.includes(value)) {
      problems.push(`${key}=${value} (allowed: ${allowed.join(', ')})`);
    }
  }
  return problems;
}

/** One resource to judge, or the ERROR that says why its tags are unknown. */
export type TaggedResource =
  { resource_id: string; label: string; tags: Tags } | { error: CheckResult };

export function tagResult(
  resource: TaggedResource,
  required: Readonly<Record<string, readonly string[]>>,
): CheckResult {
  if ('error' in resource) return resource.error;
  const problems = tagProblems(resource.tags, required);
  return problems.length > 0
    ? {
        resource_id: resource.resource_id,
        status: 'FAIL',
        reason: `${resource.label}: ${problems.join('; ')}`,
      }
    : {
        resource_id: resource.resource_id,
        status: 'PASS',
        reason: `${resource.label} carries the required tags`,
      };
}

export interface RequiredTagsSpec<Snapshot, Reads extends Read<Snapshot>> {
  id: string;
  /** The scanner whose resources are judged, and the facets of its snapshot `collect` reads. */
  scanner: ScannerRef<Snapshot>;
  reads: readonly Reads[];
  /** What the check covers, for its title and description: `EC2 instances, volumes, …`. */
  resources: string;
  collect(
    snapshot: Pick<Snapshot, Extract<FieldOf<Reads>, keyof Snapshot>>,
    ctx: CheckContext,
  ): Iterable<TaggedResource>;
}

/** A required-tags check for one service: its metadata is the same everywhere but for what it covers. */
export function requiredTagsCheck<Snapshot, Reads extends Read<Snapshot>>(
  spec: RequiredTagsSpec<Snapshot, Reads>,
): CheckDefinition<Snapshot> {
  return defineCheck<Snapshot, Reads>({
    id: spec.id,
    scanner: spec.scanner,
    reads: spec.reads,
    resource_type: 'Other',
    title: `${spec.resources} carry the required tags`,
    description: `Every one of the ${spec.resources} carries each tag key of check_config.required_tags, with one of the values listed for it (an empty list allows any value). Nothing is reported when no tag is required.`,
    severity: 'low',
    risk: 'Untagged resources escape cost allocation, ownership and automation (backups, patching, clean-up) that select by tag.',
    remediation: {
      text: 'Add the missing tags (or correct their values); enforce them at creation with tag policies or an SCP on aws:RequestTag.',
      cli: 'aws resourcegroupstaggingapi tag-resources --resource-arn-list ARN --tags KEY=VALUE',
      url: 'https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html',
    },
    compliance: {},
    *evaluate(snapshot, ctx) {
      const required = requiredTags(ctx.options);
      if (Object.keys(required).length === 0) return;
      for (const resource of spec.collect(snapshot, ctx)) yield tagResult(resource, required);
    },
  });
}
