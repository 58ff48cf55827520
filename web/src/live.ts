import { authHeaders } from './api';

export interface LiveHandlers {
  onEvent(event: string, data: unknown): void;
  /** The connection state, for the UI: connected, or retrying after a drop. */
  onState?(state: 'connected' | 'reconnecting' | 'closed', detail?: string): void;
}

/**
 * Follows a server-sent-events route. It is read with fetch (not EventSource) so that the API key
 * travels in the Authorization header and never in a URL. The connection stays open; the client
 * reconnects, with a growing delay, only when it drops. A stream that ends by itself (the server's
 * `end` event) is not reopened.
 */
export function followLive(path: string, handlers: LiveHandlers): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  let delay = 1000;

  const run = async () => {
    while (!signal.aborted) {
      let ended = false;
      try {
        const response = await fetch(path, {
          headers: { accept: 'text/event-stream', ...authHeaders() },
          signal,
        });
        if (!response.ok || !response.body) {
          handlers.onState?.('closed', `the server answered ${response.status}`);
          return;
        }
        handlers.onState?.('connected');
        delay = 1000;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value.replace(/\r\n/g, '\n');
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let event = 'message';
            const data: string[] = [];
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) continue;
              const colon = line.indexOf(':');
              const field = colon < 0 ? line : line.slice(0, colon);
              const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
              if (field === 'event') event = text;
              else if (field === 'data') data.push(text);
            }
            if (data.length === 0) continue;
            if (event === 'end') ended = true;
            handlers.onEvent(event, JSON.parse(data.join('\n')));
          }
        }
      } catch (error) {
        if (signal.aborted) return;
        handlers.onState?.('reconnecting', (error as Error).message);
      }
      if (ended) {
        handlers.onState?.('closed');
        return;
      }
      if (signal.aborted) return;
      handlers.onState?.('reconnecting');
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 15_000);
    }
  };
  void run();
  return () => controller.abort();
}
