import {
  TERMINAL_SCAN_STATUSES,
  type Clock,
  type ExhaustedJob,
  type Logger,
  type ReapPolicy,
  type ReapReport,
  type Store,
} from '../core/index.js';

export interface ReaperOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  /** How often the store is swept for work nobody will end (default 30 s). */
  intervalMs?: number;
  policy?: Partial<ReapPolicy>;
}

export const DEFAULT_REAP_POLICY: ReapPolicy = {
  // The runner looks at its scan every few seconds: a minute is plenty for it to stop.
  endedScanGraceMs: 60_000,
  // Past its timeout the runner has aborted a unit; two more minutes cover a slow last write.
  abandonedGraceMs: 120_000,
};

const MAX_REASON_LENGTH = 500;

/**
 * Brings to a final state, with a reason, what no worker will finish: the unit or scan of a job
 * the queue gave up on (`onExhausted`), and, by a periodic sweep of the store, units of ended
 * scans, units whose worker is gone, scans whose units are all done. Every scan ends, and its
 * sealed credentials go with it.
 */
export class Reaper {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #log: Logger;
  readonly #intervalMs: number;
  readonly #policy: ReapPolicy;
  #timer: NodeJS.Timeout | undefined;
  #sweeping: Promise<unknown> = Promise.resolve();

  constructor(options: ReaperOptions) {
    this.#store = options.store;
    this.#clock = options.clock;
    this.#log = options.log.child({ component: 'reaper' });
    this.#intervalMs = options.intervalMs ?? 30_000;
    this.#policy = { ...DEFAULT_REAP_POLICY, ...options.policy };
  }

  /** The queue's `onExhausted`: throws when the store cannot record it, so that it is offered again. */
  onExhausted = async (job: ExhaustedJob): Promise<void> => {
    const reason = truncate(job.reason);
    const at = this.#clock.now();
    if (job.payload.kind === 'unit') {
      const unit = await this.#store.getUnit(job.payload.unit_id);
      if (!unit || (unit.status !== 'QUEUED' && unit.status !== 'RUNNING')) return;
      const after = await this.#store.finishUnit(
        unit.id,
        {
          status: 'FAILED',
          error: {
            code: 'AttemptsExhausted',
            // The unit counts the runs that really began (a queue may count a takeover too).
            message: `gave up after ${unit.attempts || job.attempts} attempts; the last one: ${reason}`,
          },
          events: unit.events,
        },
        at,
      );
      this.#log.warn(
        {
          scan_id: unit.scan_id,
          unit_id: unit.id,
          attempts: unit.attempts,
          scan_status: after.status,
        },
        'unit failed: its job used its last attempt',
      );
      return;
    }
    const scan = await this.#store.getScan(job.payload.scan_id);
    if (!scan || TERMINAL_SCAN_STATUSES.includes(scan.status)) return;
    const ended = await this.#store.finishScan(
      scan.id,
      'FAILED',
      {
        code: 'PlanFailed',
        message: `planning gave up after ${job.attempts} attempts; the last one: ${reason}`,
      },
      at,
    );
    if (ended) {
      this.#log.warn({ scan_id: scan.id, attempts: job.attempts }, 'scan failed: planning gave up');
    }
  };

  /** One pass over the store; what it ended is logged. */
  async sweep(): Promise<ReapReport> {
    const report = await this.#store.reap(this.#clock.now(), this.#policy);
    const ended =
      report.cancelledUnits + report.abandonedUnits + report.endedScans + report.deletedCredentials;
    if (ended > 0) this.#log.info({ ...report }, 'reaped work nobody would end');
    return report;
  }

  start(): void {
    if (this.#timer) return;
    const tick = (): void => {
      this.#sweeping = this.sweep().catch((error: unknown) =>
        this.#log.warn({ err: error }, 'reaping failed; trying again at the next pass'),
      );
    };
    this.#timer = setInterval(tick, this.#intervalMs).unref();
    tick();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#sweeping;
  }
}

function truncate(text: string): string {
  return text.length > MAX_REASON_LENGTH ? `${text.slice(0, MAX_REASON_LENGTH)}…` : text;
}
