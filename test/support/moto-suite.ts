import { afterAll, beforeAll } from 'vitest';
import type { CheckContext, CheckDefinition } from '../../src/core/index.js';
import { context } from '../../src/checks/aws/testing.js';
import { fakeClients, unitContext } from '../../src/providers/aws/testing/unit-context.js';
import { startMoto, useEndpoint, type MotoServer } from './moto.js';

/** The account moto answers for when no other is configured. */
export const MOTO_ACCOUNT = '123456789012';

/**
 * Starts moto before the enclosing suite, points the AWS SDK at it (default region `region`) and
 * stops it afterwards.
 */
export function useMotoServer(region: string): void {
  let moto: MotoServer | undefined;
  let restore: (() => void) | undefined;
  beforeAll(async () => {
    moto = await startMoto();
    restore = useEndpoint(moto.endpoint, region);
  }, 30_000);
  afterAll(async () => {
    restore?.();
    await moto?.stop();
  });
}

/** A scan unit for moto's account in `region` whose clients are the given real SDK clients. */
export function motoUnit(region: string, ...clients: object[]) {
  return unitContext(fakeClients(region, ...clients), MOTO_ACCOUNT);
}

/** Each check's status per resource, as the report shows them: `{ checkId: { resourceId: status } }`. */
export function checkStatuses<S>(
  checks: readonly CheckDefinition[],
  snapshot: S,
  overrides: Partial<Pick<CheckContext, 'region' | 'now'>>,
): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  const ctx = context({ accountId: MOTO_ACCOUNT, ...overrides });
  for (const check of checks)
    for (const r of (check as CheckDefinition<S>).evaluate(snapshot, ctx))
      (out[check.id] ??= {})[r.resource_id] = r.status;
  return out;
}
