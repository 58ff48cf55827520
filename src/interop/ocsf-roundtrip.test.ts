import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../core/index.js';
import { awsProvider } from '../providers/aws/provider.js';
import { createSqliteStore } from '../storage/sqlite/sqlite-store.js';
import { exportFindings } from './exports.js';
import { ProwlerImportError, importProwler } from './prowler-import.js';
import { prowlerSampleText } from './testing/prowler-sample.js';

const clock = { now: () => new Date('2026-11-21T08:00:00.000Z') };
let store: Store;
beforeEach(async () => {
  store = await createSqliteStore({ file: ':memory:' });
});
afterEach(async () => {
  await store.close();
});

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe('import prowler reads our own OCSF export', () => {
  it('imports what `export --format ocsf` wrote, every finding', async () => {
    const first = await importProwler(store, () => [prowlerSampleText()], {
      clientId: 'ACME',
      clock,
    });
    const ocsf = await text(exportFindings(store, first.scan.id, 'ocsf', awsProvider));
    const again = await importProwler(store, () => [ocsf], { clientId: 'ACME', clock }).catch(
      (error: unknown) => {
        if (error instanceof ProwlerImportError)
          throw new Error(`${error.message}\n${JSON.stringify(error.issues.slice(0, 5))}`);
        throw error;
      },
    );
    expect(again.scan.progress.events).toBe(first.scan.progress.events);
  });
});
