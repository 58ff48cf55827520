import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Category, CbpEvent, MetricValue, Scan, Store, UnitPlan } from '../core/index.js';
import { DEFAULT_SCAN_OPTIONS, categoryOf, eventId, toParisIso } from '../core/index.js';
import { InvalidCursorError, RecordNotFoundError } from './kysely-store.js';

const ACCOUNT = '123456789012';
const T0 = new Date('2026-07-14T07:30:00.000Z');

function minutesAfter(start: Date, minutes: number): Date {
  return new Date(start.getTime() + minutes * 60_000);
}

let scanCounter = 0;

export function makeScan(overrides: Partial<Scan> = {}): Scan {
  scanCounter += 1;
  return {
    id: `scan-${String(scanCounter).padStart(4, '0')}`,
    client_id: 'acme',
    provider: 'aws',
    services: ['ec2', 's3'],
    requested_regions: ['eu-west-3', 'us-east-1'],
    auth_mode: {
      type: 'sts',
      role_arn: `arn:aws:iam::${ACCOUNT}:role/Scanner`,
      external_id: '***',
    },
    options: { ...DEFAULT_SCAN_OPTIONS },
    status: 'QUEUED',
    account_id: null,
    progress: { units_total: 0, units_done: 0, units_failed: 0, events: 0 },
    api_cost_usd: 0,
    error: null,
    created_at: T0.toISOString(),
    started_at: null,
    finished_at: null,
    ...overrides,
  };
}

export interface EventSpec {
  scan: Pick<Scan, 'id' | 'client_id'>;
  resourceId: string;
  metricType: string;
  value: MetricValue;
  at?: Date;
  region?: string;
  /** Only for names outside the 2CBP grammar, whose category cannot be read from the name. */
  category?: Category;
}

/** A valid 2CBP event with its envelope, as the pipeline hands it to the store. */
export function makeEvent(spec: EventSpec): CbpEvent {
  const service = spec.metricType.split('.')[2] ?? 'ec2';
  return {
    client_id: spec.scan.client_id,
    timestamp: toParisIso(spec.at ?? T0),
    resource_id: spec.resourceId,
    metric_type: spec.metricType,
    metric_value: spec.value,
    event_id: eventId(spec.scan.id, spec.resourceId, spec.metricType),
    scan_id: spec.scan.id,
    provider: 'aws',
    account_id: ACCOUNT,
    region: spec.region ?? 'eu-west-3',
    service,
    category: spec.category ?? categoryOf(spec.metricType),
  };
}

function instanceArn(n: number): string {
  return `arn:aws:ec2:eu-west-3:${ACCOUNT}:instance/i-0${String(n).padStart(16, '0')}`;
}

/**
 * The behaviour every Store adapter shares. `open` returns a migrated, empty store; the suite
 * closes it after each test.
 */
export function describeStoreConformance(name: string, open: () => Promise<Store>): void {
  describe(`Store conformance: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await open();
    });

    afterEach(async () => {
      await store.close();
    });

    async function runningScan(units: UnitPlan[], overrides: Partial<Scan> = {}) {
      const scan = makeScan(overrides);
      await store.createScan(scan, 'sealed:v1:ciphertext');
      const started = await store.startScan(scan.id, ACCOUNT, units, minutesAfter(T0, 1));
      if (started === false) throw new Error('scan did not start');
      return { scan, units: started };
    }

    describe('migrations', () => {
      it('running migrate again keeps the schema and the data', async () => {
        const scan = makeScan();
        await store.createScan(scan, null);
        await store.migrate();
        expect(await store.getScan(scan.id)).toEqual(scan);
      });
    });

    describe('scans', () => {
      it('stores a scan and reads it back field for field', async () => {
        const scan = makeScan({ requested_regions: null, error: null });
        await store.createScan(scan, 'sealed:v1:abc');
        expect(await store.getScan(scan.id)).toEqual(scan);
        expect(await store.getSealedCredentials(scan.id)).toBe('sealed:v1:abc');
      });

      it('answers null for an unknown scan and for a scan stored without credentials', async () => {
        const scan = makeScan();
        await store.createScan(scan, null);
        expect(await store.getScan('no-such-scan')).toBeNull();
        expect(await store.getSealedCredentials(scan.id)).toBeNull();
      });

      it('refuses a second scan with the same id and keeps the first one intact', async () => {
        const scan = makeScan();
        await store.createScan(scan, 'sealed:first');
        await expect(
          store.createScan({ ...scan, client_id: 'other' }, 'sealed:second'),
        ).rejects.toThrow();
        expect((await store.getScan(scan.id))?.client_id).toBe('acme');
        expect(await store.getSealedCredentials(scan.id)).toBe('sealed:first');
      });

      it('lists a tenant’s scans newest first, filtered by status', async () => {
        const old = makeScan({ created_at: '2026-07-01T10:00:00.000Z' });
        const recent = makeScan({ created_at: '2026-07-10T10:00:00.000Z' });
        const other = makeScan({ client_id: 'globex', created_at: '2026-07-12T10:00:00.000Z' });
        for (const s of [old, recent, other]) await store.createScan(s, null);
        await store.finishScan(old.id, 'CANCELLED', null, T0);

        const page = await store.listScans({ client_id: 'acme', limit: 10 });
        expect(page.items.map((s) => s.id)).toEqual([recent.id, old.id]);
        expect(page.next_cursor).toBeNull();

        const cancelled = await store.listScans({ status: 'CANCELLED', limit: 10 });
        expect(cancelled.items.map((s) => s.id)).toEqual([old.id]);

        const all = await store.listScans({ limit: 10 });
        expect(all.items.map((s) => s.id)).toEqual([other.id, recent.id, old.id]);
      });

      it('pages through scans, including scans created in the same millisecond', async () => {
        const created: Scan[] = [];
        for (let i = 0; i < 5; i++) {
          // Two pairs share a creation time: the cursor must still visit each scan once.
          const at = ['2026-07-01', '2026-07-02', '2026-07-02', '2026-07-03', '2026-07-03'][i];
          created.push(makeScan({ created_at: `${at}T08:00:00.000Z` }));
        }
        for (const s of created) await store.createScan(s, null);

        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await store.listScans({ client_id: 'acme', limit: 2, cursor });
          seen.push(...page.items.map((s) => s.id));
          cursor = page.next_cursor ?? undefined;
          pages += 1;
        } while (cursor !== undefined);

        expect(pages).toBe(3);
        expect(seen).toHaveLength(5);
        expect(new Set(seen)).toEqual(new Set(created.map((s) => s.id)));
        const createdAt = seen.map((id) => created.find((s) => s.id === id)?.created_at ?? '');
        expect(createdAt).toEqual([...createdAt].sort().reverse());
      });

      it('rejects a cursor it did not hand out', async () => {
        await expect(store.listScans({ limit: 5, cursor: 'not-a-cursor' })).rejects.toThrow(
          InvalidCursorError,
        );
      });
    });

    describe('starting a scan', () => {
      it('moves a queued scan to RUNNING with one queued unit per planned service and region', async () => {
        const scan = makeScan();
        await store.createScan(scan, null);
        const plan = [
          { account_id: '123456789012', service: 'ec2', region: 'eu-west-3' },
          { account_id: '123456789012', service: 'ec2', region: 'us-east-1' },
          { account_id: '123456789012', service: 's3', region: 'global' },
        ];
        const units = await store.startScan(scan.id, ACCOUNT, plan, minutesAfter(T0, 1));
        expect(units).not.toBe(false);
        if (units === false) return;
        expect(units.map((u) => [u.service, u.region])).toEqual(
          plan.map((p) => [p.service, p.region]),
        );
        for (const unit of units) {
          expect(unit).toMatchObject({
            scan_id: scan.id,
            status: 'QUEUED',
            attempts: 0,
            events: 0,
          });
          expect(await store.getUnit(unit.id)).toEqual(unit);
        }
        expect(new Set(units.map((u) => u.id)).size).toBe(3);
        expect((await store.listUnits(scan.id)).map((u) => u.id).sort()).toEqual(
          units.map((u) => u.id).sort(),
        );

        const running = await store.getScan(scan.id);
        expect(running).toMatchObject({
          status: 'RUNNING',
          account_id: ACCOUNT,
          started_at: minutesAfter(T0, 1).toISOString(),
          progress: { units_total: 3, units_done: 0, units_failed: 0, events: 0 },
        });
      });

      it('starts a scan only once, and never a cancelled one', async () => {
        const { scan } = await runningScan([
          { account_id: '123456789012', service: 'ec2', region: 'eu-west-3' },
        ]);
        expect(await store.startScan(scan.id, ACCOUNT, [], T0)).toBe(false);
        expect(await store.listUnits(scan.id)).toHaveLength(1);

        const cancelled = makeScan();
        await store.createScan(cancelled, null);
        await store.finishScan(cancelled.id, 'CANCELLED', null, T0);
        const plan = [{ account_id: '123456789012', service: 'ec2', region: 'eu-west-3' }];
        expect(await store.startScan(cancelled.id, ACCOUNT, plan, T0)).toBe(false);
        expect(await store.listUnits(cancelled.id)).toEqual([]);
        expect((await store.getScan(cancelled.id))?.status).toBe('CANCELLED');
      });

      it('records units that cannot run as failed at once, and ends a scan none of whose units can run', async () => {
        const denied = {
          code: 'AccessDenied',
          message: 'not authorized to perform sts:AssumeRole',
        };
        const partial = await runningScan([
          { account_id: ACCOUNT, service: 'ec2', region: 'eu-west-1' },
          { account_id: '210987654321', service: 'ec2', region: 'global', failure: denied },
        ]);
        expect(partial.units.map((u) => u.status).sort()).toEqual(['FAILED', 'QUEUED']);
        expect(await store.getScan(partial.scan.id)).toMatchObject({
          status: 'RUNNING',
          progress: { units_total: 2, units_done: 1, units_failed: 1 },
        });
        const queued = partial.units.find((u) => u.status === 'QUEUED')!;
        await store.claimUnit(queued.id, T0);
        const finished = await store.finishUnit(
          queued.id,
          { status: 'SUCCEEDED', error: null, events: 3 },
          T0,
        );
        expect(finished.status).toBe('PARTIAL');

        const hopeless = makeScan();
        await store.createScan(hopeless, 'sealed:v1:ciphertext');
        const units = await store.startScan(
          hopeless.id,
          ACCOUNT,
          [{ account_id: '210987654321', service: 'ec2', region: 'global', failure: denied }],
          T0,
        );
        expect(units).toMatchObject([
          { account_id: '210987654321', status: 'FAILED', error: denied },
        ]);
        expect(await store.getScan(hopeless.id)).toMatchObject({ status: 'FAILED' });
        expect(await store.getSealedCredentials(hopeless.id)).toBeNull();
      });

      it('starts a scan with an empty plan so that the caller can finish it', async () => {
        const scan = makeScan();
        await store.createScan(scan, null);
        expect(await store.startScan(scan.id, ACCOUNT, [], T0)).toEqual([]);
        expect(await store.getScan(scan.id)).toMatchObject({
          status: 'RUNNING',
          progress: { units_total: 0 },
        });
        expect(
          await store.finishScan(
            scan.id,
            'FAILED',
            { code: 'NO_UNITS', message: 'nothing to scan' },
            T0,
          ),
        ).toBe(true);
      });
    });

    describe('units', () => {
      it('claims a queued unit, and claims it again when its job is re-delivered', async () => {
        const { units } = await runningScan([
          { account_id: '123456789012', service: 'ec2', region: 'eu-west-3' },
        ]);
        const unit = units[0]!;
        const first = await store.claimUnit(unit.id, minutesAfter(T0, 2));
        expect(first).toMatchObject({
          status: 'RUNNING',
          attempts: 1,
          started_at: minutesAfter(T0, 2).toISOString(),
        });
        const again = await store.claimUnit(unit.id, minutesAfter(T0, 5));
        expect(again).toMatchObject({ attempts: 2, started_at: minutesAfter(T0, 5).toISOString() });
        expect(await store.getUnit(unit.id)).toEqual(again);
      });

      it('refuses to claim a finished unit or an unknown one', async () => {
        const { units } = await runningScan([
          { account_id: '123456789012', service: 'ec2', region: 'eu-west-3' },
          { account_id: '123456789012', service: 'ec2', region: 'us-east-1' },
        ]);
        await store.claimUnit(units[0]!.id, T0);
        await store.finishUnit(units[0]!.id, { status: 'SUCCEEDED', error: null, events: 4 }, T0);
        expect(await store.claimUnit(units[0]!.id, T0)).toBe(false);
        expect(await store.claimUnit('no-such-unit', T0)).toBe(false);
        expect(await store.getUnit('no-such-unit')).toBeNull();
      });

      it('keeps counting progress while units finish, and keeps the credentials until the end', async () => {
        const { scan, units } = await runningScan([
          { account_id: '123456789012', service: 'ec2', region: 'eu-west-3' },
          { account_id: '123456789012', service: 'ec2', region: 'us-east-1' },
          { account_id: '123456789012', service: 's3', region: 'global' },
        ]);
        await store.claimUnit(units[0]!.id, T0);
        const after = await store.finishUnit(
          units[0]!.id,
          {
            status: 'FAILED',
            error: { code: 'AccessDenied', message: 'not authorized' },
            events: 0,
          },
          minutesAfter(T0, 3),
        );
        expect(after).toMatchObject({
          status: 'RUNNING',
          finished_at: null,
          progress: { units_total: 3, units_done: 1, units_failed: 1 },
        });
        expect(await store.getUnit(units[0]!.id)).toMatchObject({
          status: 'FAILED',
          error: { code: 'AccessDenied', message: 'not authorized' },
          finished_at: minutesAfter(T0, 3).toISOString(),
        });
        expect(await store.getSealedCredentials(scan.id)).toBe('sealed:v1:ciphertext');
      });

      it.each([
        [['SUCCEEDED', 'SUCCEEDED'], 'SUCCEEDED', 0],
        [['SUCCEEDED', 'FAILED'], 'PARTIAL', 1],
        [['SUCCEEDED', 'PARTIAL'], 'PARTIAL', 0],
        [['FAILED', 'PARTIAL'], 'PARTIAL', 1],
        [['FAILED', 'FAILED'], 'FAILED', 2],
      ] as const)(
        'finishing the last unit of %j finishes the scan as %s',
        async (outcomes, expected, failed) => {
          const { scan, units } = await runningScan([
            { account_id: '123456789012', service: 'ec2', region: 'eu-west-3' },
            { account_id: '123456789012', service: 's3', region: 'global' },
          ]);
          let last: Scan | undefined;
          for (const [i, status] of outcomes.entries()) {
            await store.claimUnit(units[i]!.id, T0);
            const error =
              status === 'FAILED'
                ? { code: 'Throttling', message: 'rate exceeded' }
                : status === 'PARTIAL'
                  ? { code: 'UnreadInputs', message: '1 check result could not be judged: …' }
                  : null;
            last = await store.finishUnit(
              units[i]!.id,
              { status, error, events: 2 },
              minutesAfter(T0, 10 + i),
            );
          }
          expect(last).toMatchObject({
            status: expected,
            finished_at: minutesAfter(T0, 11).toISOString(),
            progress: { units_total: 2, units_done: 2, units_failed: failed },
          });
          expect(await store.getScan(scan.id)).toEqual(last);
          expect(await store.getSealedCredentials(scan.id)).toBeNull();
        },
      );

      it('finishes the scan exactly once when its last two units finish at the same time', async () => {
        const { scan, units } = await runningScan([
          { account_id: '123456789012', service: 'ec2', region: 'eu-west-3' },
          { account_id: '123456789012', service: 's3', region: 'global' },
        ]);
        await Promise.all(units.map((u) => store.claimUnit(u.id, T0)));
        const results = await Promise.all(
          units.map((u) =>
            store.finishUnit(u.id, { status: 'SUCCEEDED', error: null, events: 1 }, T0),
          ),
        );
        expect(results.filter((s) => s.status === 'SUCCEEDED')).toHaveLength(1);
        expect(results.filter((s) => s.status === 'RUNNING')).toHaveLength(1);
        expect(await store.getScan(scan.id)).toMatchObject({
          status: 'SUCCEEDED',
          progress: { units_done: 2, units_failed: 0 },
        });
      });

      it('rejects the outcome of a unit that does not exist', async () => {
        await expect(
          store.finishUnit('no-such-unit', { status: 'SUCCEEDED', error: null, events: 0 }, T0),
        ).rejects.toThrow(RecordNotFoundError);
      });
    });

    describe('finishing a scan', () => {
      it('cancels the queued units, leaves running ones, and refuses further claims', async () => {
        const { scan, units } = await runningScan([
          { account_id: '123456789012', service: 'ec2', region: 'eu-west-3' },
          { account_id: '123456789012', service: 'ec2', region: 'us-east-1' },
          { account_id: '123456789012', service: 's3', region: 'global' },
        ]);
        await store.claimUnit(units[0]!.id, T0);
        const at = minutesAfter(T0, 4);
        expect(await store.finishScan(scan.id, 'CANCELLED', null, at)).toBe(true);

        const after = await store.getScan(scan.id);
        expect(after).toMatchObject({
          status: 'CANCELLED',
          finished_at: at.toISOString(),
          progress: { units_total: 3, units_done: 2, units_failed: 0 },
        });
        expect((await store.getUnit(units[0]!.id))?.status).toBe('RUNNING');
        for (const queued of units.slice(1)) {
          expect(await store.getUnit(queued.id)).toMatchObject({
            status: 'CANCELLED',
            finished_at: at.toISOString(),
          });
          expect(await store.claimUnit(queued.id, at)).toBe(false);
        }
        expect(await store.claimUnit(units[0]!.id, at)).toBe(false);
        expect(await store.getSealedCredentials(scan.id)).toBeNull();

        // The unit that was running reports back later: recorded, but the scan stays cancelled.
        const late = await store.finishUnit(
          units[0]!.id,
          { status: 'SUCCEEDED', error: null, events: 9 },
          minutesAfter(at, 5),
        );
        expect(late).toMatchObject({
          status: 'CANCELLED',
          finished_at: at.toISOString(),
          progress: { units_done: 3 },
        });
      });

      it('fails a scan with its error and refuses to finish it twice', async () => {
        const scan = makeScan();
        await store.createScan(scan, 'sealed:v1:xyz');
        const error = { code: 'AUTH_FAILED', message: 'the role could not be assumed' };
        expect(await store.finishScan(scan.id, 'FAILED', error, T0)).toBe(true);
        expect(await store.getScan(scan.id)).toMatchObject({ status: 'FAILED', error });
        expect(await store.getSealedCredentials(scan.id)).toBeNull();
        expect(await store.finishScan(scan.id, 'CANCELLED', null, T0)).toBe(false);
        expect((await store.getScan(scan.id))?.status).toBe('FAILED');
        expect(await store.finishScan('no-such-scan', 'CANCELLED', null, T0)).toBe(false);
      });

      it('refuses to "finish" a scan with a status that is not final', async () => {
        const scan = makeScan();
        await store.createScan(scan, null);
        await expect(store.finishScan(scan.id, 'RUNNING', null, T0)).rejects.toThrow(RangeError);
        expect((await store.getScan(scan.id))?.status).toBe('QUEUED');
      });
    });

    describe('reaping', () => {
      const policy = { endedScanGraceMs: 60_000, abandonedGraceMs: 60_000 };
      const units3: UnitPlan[] = [
        { account_id: ACCOUNT, service: 'ec2', region: 'eu-west-3' },
        { account_id: ACCOUNT, service: 'ec2', region: 'us-east-1' },
        { account_id: ACCOUNT, service: 's3', region: 'global' },
      ];

      it('cancels, once the grace has passed, a unit still running in a cancelled scan', async () => {
        const { scan, units } = await runningScan(units3);
        await store.claimUnit(units[0]!.id, T0);
        const cancelledAt = minutesAfter(T0, 2);
        await store.finishScan(scan.id, 'CANCELLED', null, cancelledAt);

        expect(await store.reap(minutesAfter(cancelledAt, 0.5), policy)).toMatchObject({
          cancelledUnits: 0,
        });
        expect((await store.getUnit(units[0]!.id))?.status).toBe('RUNNING');

        const at = minutesAfter(cancelledAt, 2);
        expect(await store.reap(at, policy)).toEqual({
          cancelledUnits: 1,
          abandonedUnits: 0,
          endedScans: 0,
          deletedCredentials: 0,
        });
        expect(await store.getUnit(units[0]!.id)).toMatchObject({
          status: 'CANCELLED',
          finished_at: at.toISOString(),
          error: { code: 'ScanEnded', message: expect.stringContaining('CANCELLED') },
        });
        expect(await store.getScan(scan.id)).toMatchObject({
          status: 'CANCELLED',
          progress: { units_done: 3 },
        });
        expect(await store.reap(minutesAfter(at, 5), policy)).toMatchObject({ cancelledUnits: 0 });
      });

      it('fails a unit that nobody finished within its timeout, ending the scan and deleting its credentials', async () => {
        const { scan, units } = await runningScan(units3.slice(0, 2), {
          options: { ...makeScan().options, unit_timeout_seconds: 600 },
        });
        await store.claimUnit(units[0]!.id, T0);
        await store.claimUnit(units[1]!.id, T0);
        await store.finishUnit(units[1]!.id, { status: 'SUCCEEDED', error: null, events: 3 }, T0);

        // Within its timeout (10 min) plus the grace (1 min), the unit may still be running.
        expect(await store.reap(minutesAfter(T0, 10.5), policy)).toMatchObject({
          abandonedUnits: 0,
        });
        expect(await store.getSealedCredentials(scan.id)).not.toBeNull();

        const at = minutesAfter(T0, 12);
        expect(await store.reap(at, policy)).toEqual({
          cancelledUnits: 0,
          abandonedUnits: 1,
          endedScans: 1,
          deletedCredentials: 0,
        });
        expect(await store.getUnit(units[0]!.id)).toMatchObject({
          status: 'FAILED',
          error: { code: 'UnitAbandoned', message: expect.any(String) },
        });
        expect(await store.getScan(scan.id)).toMatchObject({
          status: 'PARTIAL',
          finished_at: at.toISOString(),
          progress: { units_done: 2, units_failed: 1 },
        });
        expect(await store.getSealedCredentials(scan.id)).toBeNull();
      });

      it('leaves a unit claimed again since it was read, and queued units of running scans, alone', async () => {
        const { scan, units } = await runningScan(units3.slice(0, 2));
        await store.claimUnit(units[0]!.id, T0);
        // Re-delivered (a new attempt) just now: its start moves, so it is not abandoned.
        const reclaimedAt = minutesAfter(T0, 30);
        await store.claimUnit(units[0]!.id, reclaimedAt);
        expect(await store.reap(minutesAfter(reclaimedAt, 1), policy)).toEqual({
          cancelledUnits: 0,
          abandonedUnits: 0,
          endedScans: 0,
          deletedCredentials: 0,
        });
        expect((await store.getUnit(units[0]!.id))?.status).toBe('RUNNING');
        expect((await store.getUnit(units[1]!.id))?.status).toBe('QUEUED');
        expect((await store.getScan(scan.id))?.status).toBe('RUNNING');
      });
    });

    describe('events', () => {
      it('stores events once: re-sent ids insert nothing and are not counted again', async () => {
        const { scan } = await runningScan([
          { account_id: '123456789012', service: 'ec2', region: 'eu-west-3' },
        ]);
        const batch = [1, 2, 3].map((n) =>
          makeEvent({
            scan,
            resourceId: instanceArn(n),
            metricType: 'aws.metadata.ec2.instance_type',
            value: 't3.micro',
          }),
        );
        expect(await store.insertEvents(batch)).toBe(3);
        expect(await store.insertEvents(batch)).toBe(0);
        const extra = makeEvent({
          scan,
          resourceId: instanceArn(4),
          metricType: 'aws.metadata.ec2.instance_type',
          value: 'm5.large',
        });
        expect(await store.insertEvents([batch[0]!, extra, extra])).toBe(1);
        expect(await store.insertEvents([])).toBe(0);

        expect((await store.getScan(scan.id))?.progress.events).toBe(4);
        const page = await store.queryEvents({ scan_id: scan.id, limit: 100 });
        expect(page.items).toHaveLength(4);
      });

      it('answers which events of a batch were new, so that local sinks write each once', async () => {
        const { scan } = await runningScan([
          { account_id: '123456789012', service: 'ec2', region: 'eu-west-3' },
        ]);
        const event = (n: number) =>
          makeEvent({
            scan,
            resourceId: instanceArn(n),
            metricType: 'aws.metadata.ec2.instance_type',
            value: 't3.micro',
          });
        expect(await store.insertNewEvents([event(1), event(2)])).toEqual([event(1), event(2)]);
        expect(await store.insertNewEvents([event(2), event(3), event(3)])).toEqual([event(3)]);
        expect(await store.insertNewEvents([event(1), event(3)], ['opsteamize'])).toEqual([]);
        expect(await store.insertNewEvents([])).toEqual([]);
        expect((await store.getScan(scan.id))?.progress.events).toBe(3);
      });

      it('counts new events per scan when one batch spans scans', async () => {
        const a = (
          await runningScan([{ account_id: '123456789012', service: 'ec2', region: 'eu-west-3' }])
        ).scan;
        const b = (
          await runningScan([{ account_id: '123456789012', service: 'ec2', region: 'eu-west-3' }])
        ).scan;
        const metric = 'aws.metadata.ec2.state';
        await store.insertEvents([
          makeEvent({ scan: a, resourceId: instanceArn(1), metricType: metric, value: 'running' }),
          makeEvent({ scan: b, resourceId: instanceArn(1), metricType: metric, value: 'running' }),
          makeEvent({ scan: b, resourceId: instanceArn(2), metricType: metric, value: 'stopped' }),
        ]);
        expect((await store.getScan(a.id))?.progress.events).toBe(1);
        expect((await store.getScan(b.id))?.progress.events).toBe(2);
      });

      it('gives every metric value back with its JSON type and the event with its envelope', async () => {
        const { scan } = await runningScan([
          { account_id: '123456789012', service: 'ec2', region: 'eu-west-3' },
        ]);
        const events = [
          makeEvent({
            scan,
            resourceId: instanceArn(1),
            metricType: 'aws.metadata.ec2.instance_type',
            value: 't3.micro',
          }),
          makeEvent({
            scan,
            resourceId: instanceArn(1),
            metricType: 'aws.performance.ec2.cpu_utilization.average',
            value: 27.85,
          }),
          makeEvent({
            scan,
            resourceId: instanceArn(1),
            metricType: 'aws.metadata.ec2.ebs_optimized',
            value: false,
          }),
          makeEvent({
            scan,
            resourceId: `arn:aws:iam::${ACCOUNT}:root`,
            metricType: 'aws.cost.account.monthly_cost_usd',
            value: { '2026-06': 1234.5, '2026-07': 980 },
            region: 'global',
          }),
          makeEvent({
            scan,
            resourceId: instanceArn(1),
            metricType: 'aws.security.ec2.ec2_imdsv2_required',
            value: {
              status: 'FAIL',
              severity: 'high',
              title: 'EC2 instance requires IMDSv2',
              remediation: 'Set HttpTokens to required',
              compliance: { 'cis-aws-3.0': ['5.6'] },
            },
          }),
          makeEvent({
            scan,
            resourceId: instanceArn(1),
            metricType: 'aws.metadata.ec2.security_group_ids',
            value: ['sg-0a1b2c3d', 'sg-9f8e7d6c'],
          }),
        ];
        await store.insertEvents(events);
        const page = await store.queryEvents({ scan_id: scan.id, limit: 10 });
        expect(page.items).toEqual(events);
        expect(page.next_cursor).toBeNull();
      });

      describe('queries', () => {
        let acme: Scan;
        let globex: Scan;
        let acmeEvents: CbpEvent[];

        beforeEach(async () => {
          acme = (
            await runningScan([{ account_id: '123456789012', service: 'ec2', region: 'eu-west-3' }])
          ).scan;
          globex = (
            await runningScan(
              [{ account_id: '123456789012', service: 'ec2', region: 'eu-west-3' }],
              { client_id: 'globex' },
            )
          ).scan;
          const spec = (
            resourceId: string,
            metricType: string,
            value: MetricValue,
            minutes: number,
            category?: Category,
          ): CbpEvent =>
            makeEvent({
              scan: acme,
              resourceId,
              metricType,
              value,
              at: minutesAfter(T0, minutes),
              category,
            });
          acmeEvents = [
            spec(instanceArn(1), 'aws.metadata.ec2.instance_type', 't3.micro', 0),
            spec(instanceArn(1), 'aws.performance.ec2.cpu_utilization.average', 27.85, 1),
            spec(instanceArn(1), 'aws.performance.ec2.cpu_utilization.maximum', 91.2, 2),
            spec(instanceArn(1), 'aws.performance.ec2.cpu_utilization_peak.average', 64, 3),
            spec(instanceArn(2), 'aws.performance.ec2.network_in_bytes.sum', 1048576, 4),
            // Outside the grammar, but a prefix `aws.performance.` must still not reach it.
            spec(instanceArn(2), 'aws.performance_x.ec2.cpu.average', 1, 5, 'performance'),
            spec(instanceArn(2), 'aws.security.vpc.open_security_rules_count', 3, 6),
          ];
          await store.insertEvents(acmeEvents);
          await store.insertEvents([
            makeEvent({
              scan: globex,
              resourceId: instanceArn(1),
              metricType: 'aws.metadata.ec2.instance_type',
              value: 'c5.xlarge',
            }),
          ]);
        });

        const types = (page: { items: CbpEvent[] }) => page.items.map((e) => e.metric_type);

        it('keeps tenants apart', async () => {
          const mine = await store.queryEvents({ client_id: 'acme', limit: 100 });
          expect(mine.items).toEqual(acmeEvents);
          const theirs = await store.queryEvents({ client_id: 'globex', limit: 100 });
          expect(theirs.items.map((e) => e.metric_value)).toEqual(['c5.xlarge']);
          const admin = await store.queryEvents({ limit: 100 });
          expect(admin.items).toHaveLength(acmeEvents.length + 1);
          expect(await store.queryEvents({ client_id: 'initech', limit: 100 })).toEqual({
            items: [],
            next_cursor: null,
          });
        });

        it('filters by scan and by resource', async () => {
          const byScan = await store.queryEvents({ scan_id: globex.id, limit: 100 });
          expect(byScan.items.map((e) => e.client_id)).toEqual(['globex']);
          const byResource = await store.queryEvents({
            client_id: 'acme',
            resource_id: instanceArn(2),
            limit: 100,
          });
          expect(types(byResource)).toEqual([
            'aws.performance.ec2.network_in_bytes.sum',
            'aws.performance_x.ec2.cpu.average',
            'aws.security.vpc.open_security_rules_count',
          ]);
        });

        it('matches a metric type exactly, or as a prefix when it ends with a dot', async () => {
          const exact = await store.queryEvents({
            client_id: 'acme',
            metric_type: 'aws.performance.ec2.cpu_utilization.average',
            limit: 100,
          });
          expect(types(exact)).toEqual(['aws.performance.ec2.cpu_utilization.average']);

          const noDot = await store.queryEvents({
            client_id: 'acme',
            metric_type: 'aws.performance.ec2',
            limit: 100,
          });
          expect(noDot.items).toEqual([]);

          const category = await store.queryEvents({
            client_id: 'acme',
            metric_type: 'aws.performance.',
            limit: 100,
          });
          expect(types(category)).toEqual([
            'aws.performance.ec2.cpu_utilization.average',
            'aws.performance.ec2.cpu_utilization.maximum',
            'aws.performance.ec2.cpu_utilization_peak.average',
            'aws.performance.ec2.network_in_bytes.sum',
          ]);

          const metric = await store.queryEvents({
            client_id: 'acme',
            metric_type: 'aws.performance.ec2.cpu_utilization.',
            limit: 100,
          });
          expect(types(metric)).toEqual([
            'aws.performance.ec2.cpu_utilization.average',
            'aws.performance.ec2.cpu_utilization.maximum',
          ]);

          for (const wildcard of ['aws.%.', 'aws._erformance.', 'aws.performance%']) {
            const page = await store.queryEvents({ metric_type: wildcard, limit: 100 });
            expect(page.items).toEqual([]);
          }
        });

        it('filters by category', async () => {
          const security = await store.queryEvents({
            client_id: 'acme',
            category: 'security',
            limit: 100,
          });
          expect(types(security)).toEqual(['aws.security.vpc.open_security_rules_count']);
        });

        it('filters by time: since inclusive, until exclusive', async () => {
          const window = await store.queryEvents({
            client_id: 'acme',
            since: minutesAfter(T0, 2),
            until: minutesAfter(T0, 4),
            limit: 100,
          });
          expect(types(window)).toEqual([
            'aws.performance.ec2.cpu_utilization.maximum',
            'aws.performance.ec2.cpu_utilization_peak.average',
          ]);
          const since = await store.queryEvents({
            client_id: 'acme',
            since: minutesAfter(T0, 6),
            limit: 100,
          });
          expect(types(since)).toEqual(['aws.security.vpc.open_security_rules_count']);
          const until = await store.queryEvents({ client_id: 'acme', until: T0, limit: 100 });
          expect(until.items).toEqual([]);
        });

        it('pages through every event exactly once, in insertion order', async () => {
          const seen: CbpEvent[] = [];
          const sizes: number[] = [];
          let cursor: string | undefined;
          do {
            const page = await store.queryEvents({ client_id: 'acme', limit: 3, cursor });
            seen.push(...page.items);
            sizes.push(page.items.length);
            cursor = page.next_cursor ?? undefined;
          } while (cursor !== undefined);
          expect(sizes).toEqual([3, 3, 1]);
          expect(seen).toEqual(acmeEvents);
        });

        it('ends the last page with no cursor when it is exactly full', async () => {
          const page = await store.queryEvents({
            client_id: 'acme',
            metric_type: 'aws.performance.',
            limit: 4,
          });
          expect(page.items).toHaveLength(4);
          expect(page.next_cursor).toBeNull();
        });

        it('keeps the filters across pages', async () => {
          const first = await store.queryEvents({
            client_id: 'acme',
            metric_type: 'aws.performance.',
            limit: 3,
          });
          expect(first.next_cursor).not.toBeNull();
          const second = await store.queryEvents({
            client_id: 'acme',
            metric_type: 'aws.performance.',
            limit: 3,
            cursor: first.next_cursor ?? undefined,
          });
          expect(types(second)).toEqual(['aws.performance.ec2.network_in_bytes.sum']);
          expect(second.next_cursor).toBeNull();
        });

        it('rejects a malformed cursor and a limit below one', async () => {
          for (const cursor of [
            '%%%',
            Buffer.from('[-1]').toString('base64url'),
            Buffer.from('{"seq":1}').toString('base64url'),
          ]) {
            await expect(store.queryEvents({ limit: 10, cursor })).rejects.toThrow(
              InvalidCursorError,
            );
          }
          await expect(store.queryEvents({ limit: 0 })).rejects.toThrow(RangeError);
        });
      });
    });

    describe('imported scans', () => {
      async function* batchesOf(batches: CbpEvent[][], failAfter?: number) {
        for (const [i, batch] of batches.entries()) {
          if (i === failAfter) throw new Error('the source broke');
          yield batch;
        }
      }

      it('records a finished scan with all its events, counting a repeated fact once', async () => {
        const scan = makeScan({ status: 'SUCCEEDED', auth_mode: { type: 'import' } });
        const events = [1, 2, 3].map((n) =>
          makeEvent({
            scan,
            resourceId: instanceArn(n),
            metricType: 'aws.security.ec2.ec2_instance_imdsv2_enabled',
            value: { status: 'FAIL', severity: 'high', title: 'IMDSv2' },
          }),
        );
        const inserted = await store.importScan(scan, batchesOf([events.slice(0, 2), events]));
        expect(inserted).toBe(3);
        expect((await store.getScan(scan.id))?.progress.events).toBe(3);
        const page = await store.queryEvents({ scan_id: scan.id, limit: 10 });
        expect(page.items).toEqual(events);
      });

      it('stores nothing when the batches fail part way', async () => {
        const scan = makeScan({ status: 'SUCCEEDED' });
        const batches = Array.from({ length: 3 }, (_, b) =>
          Array.from({ length: 1500 }, (_, i) =>
            makeEvent({
              scan,
              resourceId: instanceArn(b * 1500 + i),
              metricType: 'aws.security.ec2.ec2_instance_imdsv2_enabled',
              value: { status: 'PASS', severity: 'high', title: 'IMDSv2' },
            }),
          ),
        );
        await expect(store.importScan(scan, batchesOf(batches, 2))).rejects.toThrow(
          'the source broke',
        );
        expect(await store.getScan(scan.id)).toBeNull();
        expect((await store.queryEvents({ limit: 10 })).items).toEqual([]);
      });

      it('refuses an existing scan id and an event of another scan, keeping what was there', async () => {
        const scan = makeScan();
        await store.createScan(scan, null);
        await expect(
          store.importScan({ ...scan, status: 'SUCCEEDED' }, batchesOf([])),
        ).rejects.toThrow();
        expect(await store.getScan(scan.id)).toMatchObject({ status: 'QUEUED' });

        const other = makeScan({ status: 'SUCCEEDED' });
        const stray = makeEvent({
          scan,
          resourceId: instanceArn(1),
          metricType: 'aws.metadata.ec2.instance_type',
          value: 't3.micro',
        });
        await expect(store.importScan(other, batchesOf([[stray]]))).rejects.toThrow(RangeError);
        expect(await store.getScan(other.id)).toBeNull();
      });
    });

    describe('cache of API answers and the scan API cost', () => {
      it('serves an answer until it expires, and replaces it when stored again', async () => {
        const key = 'client:acme:aws:ce:123456789012:GetCostAndUsage:{"Granularity":"MONTHLY"}';
        const value = { total: { '2026-10': 1234.5 }, months: ['2026-10'], estimated: false };
        const expires = minutesAfter(T0, 24 * 60);
        expect(await store.getCached(key, T0)).toBeNull();
        await store.putCached(key, value, expires, T0);
        expect(await store.getCached(key, minutesAfter(T0, 60))).toEqual(value);
        expect(await store.getCached(key, expires)).toBeNull();
        await store.putCached(key, [1, 2], minutesAfter(T0, 90), minutesAfter(T0, 30));
        expect(await store.getCached(key, minutesAfter(T0, 60))).toEqual([1, 2]);
        expect(
          await store.getCached('client:beta:' + key.slice(12), minutesAfter(T0, 60)),
        ).toBeNull();
      });

      it('keeps false and zero answers apart from a miss', async () => {
        await store.putCached('k-false', false, minutesAfter(T0, 10), T0);
        await store.putCached('k-zero', 0, minutesAfter(T0, 10), T0);
        expect(await store.getCached('k-false', T0)).toBe(false);
        expect(await store.getCached('k-zero', T0)).toBe(0);
      });

      it('adds what each unit paid to the scan, failed units included', async () => {
        const plan: UnitPlan[] = [
          { account_id: ACCOUNT, service: 'ec2', region: 'eu-west-3' },
          { account_id: ACCOUNT, service: 'cost', region: 'global' },
        ];
        const { scan, units } = await runningScan(plan);
        expect((await store.getScan(scan.id))?.api_cost_usd).toBe(0);
        await store.finishUnit(
          units[0]!.id,
          { status: 'SUCCEEDED', error: null, events: 3, api_cost_usd: 0.00125 },
          T0,
        );
        const after = await store.finishUnit(
          units[1]!.id,
          {
            status: 'FAILED',
            error: { code: 'Throttling', message: 'rate exceeded' },
            events: 0,
            api_cost_usd: 0.03,
          },
          T0,
        );
        expect(after.api_cost_usd).toBeCloseTo(0.03125, 10);
        expect((await store.getScan(scan.id))?.api_cost_usd).toBeCloseTo(0.03125, 10);
      });
    });

    describe('API keys', () => {
      it('finds a key by the hash of its secret, and counts keys', async () => {
        expect(await store.countApiKeys()).toBe(0);
        const admin = {
          id: 'key-admin',
          client_id: null,
          name: 'bootstrap',
          created_at: T0.toISOString(),
        };
        const tenant = {
          id: 'key-acme',
          client_id: 'acme',
          name: 'acme ci',
          created_at: T0.toISOString(),
        };
        await store.createApiKey(admin, 'sha256:aaaa');
        await store.createApiKey(tenant, 'sha256:bbbb');
        const stored = { source: 'store', last_used_at: null, revoked_at: null };
        expect(await store.findApiKey('sha256:aaaa')).toEqual({
          ...admin,
          ...stored,
          role: 'admin',
        });
        expect(await store.findApiKey('sha256:bbbb')).toEqual({
          ...tenant,
          ...stored,
          role: 'read_write',
        });
        expect(await store.findApiKey('sha256:cccc')).toBeNull();
        expect(await store.countApiKeys()).toBe(2);
      });

      it('refuses two keys with the same secret', async () => {
        const key = { id: 'key-1', client_id: 'acme', name: 'one', created_at: T0.toISOString() };
        await store.createApiKey(key, 'sha256:same');
        await expect(store.createApiKey({ ...key, id: 'key-2' }, 'sha256:same')).rejects.toThrow();
        expect(await store.countApiKeys()).toBe(1);
      });

      it('lists keys per tenant, records their last use, and revokes them once for good', async () => {
        const at = (minutes: number) => minutesAfter(T0, minutes);
        await store.createApiKey(
          {
            id: 'k-ro',
            client_id: 'acme',
            name: 'ro',
            created_at: at(1).toISOString(),
            role: 'read_only',
          },
          'sha256:ro',
        );
        await store.createApiKey(
          {
            id: 'k-env',
            client_id: null,
            name: 'env',
            created_at: at(2).toISOString(),
            source: 'env',
          },
          'sha256:env',
        );
        await store.createApiKey(
          { id: 'k-globex', client_id: 'globex', name: 'g', created_at: at(3).toISOString() },
          'sha256:g',
        );
        expect((await store.listApiKeys()).map((k) => k.id)).toEqual(['k-ro', 'k-env', 'k-globex']);
        expect(await store.listApiKeys({ client_id: 'acme' })).toEqual([
          expect.objectContaining({ id: 'k-ro', role: 'read_only', source: 'store' }),
        ]);
        expect((await store.findApiKey('sha256:env'))?.source).toBe('env');

        await store.touchApiKey('k-ro', at(5));
        expect((await store.findApiKey('sha256:ro'))?.last_used_at).toBe(at(5).toISOString());

        expect(await store.revokeApiKey('k-ro', at(6))).toMatchObject({
          id: 'k-ro',
          revoked_at: at(6).toISOString(),
        });
        expect(await store.revokeApiKey('k-ro', at(9))).toMatchObject({
          revoked_at: at(6).toISOString(),
        });
        expect((await store.findApiKey('sha256:ro'))?.revoked_at).toBe(at(6).toISOString());
        expect(await store.revokeApiKey('no-such-key', at(6))).toBeNull();
        expect((await store.findApiKey('sha256:g'))?.revoked_at).toBeNull();
      });
    });
  });
}
