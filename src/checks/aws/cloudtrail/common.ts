import type { CheckContext, CheckResult } from '../../../core/index.js';
import type {
  CloudTrailRegionSnapshot,
  Trail,
} from '../../../providers/aws/services/cloudtrail/model.js';
import { regionScope, unreadable } from '../regional.js';

/** How one trail fares against an account-level requirement. */
export type TrailVerdict =
  { ok: true; reason: string } | { ok: false; reason: string } | { error: CheckResult };

/**
 * Account-level requirements ("a multi-region trail that…") are reported once per region on the
 * region's scope id: PASS in the home region of a multi-region trail that meets them, FAIL where no
 * multi-region trail records the region at all. A region that only sees the shadow of a trail homed
 * elsewhere reports nothing: the trail's home region does.
 */
export function* multiRegionRequirement(
  snapshot: Pick<CloudTrailRegionSnapshot, 'trails' | 'multiRegionElsewhere'>,
  ctx: CheckContext,
  judge: (trail: Trail) => TrailVerdict,
): Generator<CheckResult> {
  const resource_id = regionScope('cloudtrail', ctx);
  const home = snapshot.trails.filter((t) => t.multiRegion);
  if (home.length === 0) {
    if (snapshot.multiRegionElsewhere.length === 0) {
      yield {
        resource_id,
        status: 'FAIL',
        reason: `no multi-region trail records ${ctx.region}`,
      };
    }
    return;
  }
  const failures: string[] = [];
  let error: CheckResult | undefined;
  for (const trail of home) {
    const verdict = judge(trail);
    if ('error' in verdict) {
      error ??= { ...verdict.error, resource_id };
      continue;
    }
    if (verdict.ok) {
      yield { resource_id, status: 'PASS', reason: `trail ${trail.name}: ${verdict.reason}` };
      return;
    }
    failures.push(`trail ${trail.name}: ${verdict.reason}`);
  }
  yield error ?? { resource_id, status: 'FAIL', reason: failures.join('; ') };
}

/** The trail's recording status and selectors, or the ERROR of the read that failed. */
export function trailReads(trail: Trail):
  | {
      logging: boolean;
      management: { read: boolean; write: boolean };
      selectors: NonNullable<Extract<Trail['selectors'], { state: 'available' }>['value']>;
    }
  | { error: CheckResult } {
  if (trail.status.state !== 'available') {
    return { error: unreadable(trail.arn, `the status of trail ${trail.name}`, trail.status) };
  }
  if (trail.selectors.state !== 'available') {
    return {
      error: unreadable(trail.arn, `the event selectors of trail ${trail.name}`, trail.selectors),
    };
  }
  return {
    logging: trail.status.value.isLogging,
    management: trail.selectors.value.management,
    selectors: trail.selectors.value,
  };
}

/** Which halves of an event kind are missing, in words. */
export function missingHalves(cover: { read: boolean; write: boolean }): string {
  if (!cover.read && !cover.write) return 'neither read nor write';
  return cover.read ? 'not write' : 'not read';
}
