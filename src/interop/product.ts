import { createRequire } from 'node:module';

function packageVersion(): string {
  const pkg: unknown = createRequire(import.meta.url)('../../package.json');
  const version = (pkg as { version?: unknown }).version;
  return typeof version === 'string' ? version : '0.0.0';
}

/** How the exports name their producer. */
export const PRODUCT = {
  uid: 'clouddiagnoze',
  name: 'CloudDiagnoze',
  vendor: 'CloudDiagnoze',
  version: packageVersion(),
} as const;

/** Output is handed on in pieces of about this many characters. */
const CHUNK_CHARS = 64 * 1024;

/**
 * `[`, each item's JSON separated by commas, `]` — produced as the items arrive, in chunks of
 * about 64 KiB, so that an export of any size holds one chunk in memory.
 */
export async function* jsonArrayChunks<T>(
  items: AsyncIterable<T>,
  render: (item: T) => unknown,
): AsyncGenerator<string> {
  let chunk = '[';
  let first = true;
  for await (const item of items) {
    chunk += (first ? '\n' : ',\n') + JSON.stringify(render(item));
    first = false;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk + (first ? ']\n' : '\n]\n');
}
