import type { DeliveryFailure, OutboxBatch, OutboxLimits } from '../../core/index.js';

/** How one attempt to deliver a batch ended. */
export type SendResult =
  | { outcome: 'accepted'; statusCode: number }
  /** Worth retrying (network error, timeout, 5xx, 408, 429); `retryAfterMs` from Retry-After. */
  | { outcome: 'retry'; failure: DeliveryFailure; retryAfterMs?: number }
  /** Will fail the same way again (another 4xx): the batch becomes a dead letter. */
  | { outcome: 'rejected'; failure: DeliveryFailure };

/**
 * A sink fed from the outbox: it receives sealed batches, one at a time and in order, and says how
 * each attempt went. It never throws for a delivery failure; it throws only when `signal` aborts.
 */
export interface RemoteSink {
  readonly name: string;
  readonly limits: OutboxLimits;
  send(batch: OutboxBatch, signal: AbortSignal): Promise<SendResult>;
  close(): Promise<void>;
}
