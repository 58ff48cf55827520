/** Types shared by the Azure snapshots (checks may import this file). */

export type Tags = Record<string, string>;

/** A detail read as checks see it: its value, or the call and ARM code that kept it from us. */
export type ReadResult<T> =
  { state: 'available'; value: T } | { state: 'denied' | 'error'; call: string; errorCode: string };
