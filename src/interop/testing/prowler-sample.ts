import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shipped sample: Prowler 5 OCSF output for one account, 8 findings of 5 services. */
export const PROWLER_SAMPLE_PATH = fileURLToPath(
  new URL('../fixtures/prowler-aws.ocsf.json', import.meta.url),
);

export function prowlerSampleText(): string {
  return readFileSync(PROWLER_SAMPLE_PATH, 'utf8');
}

export function prowlerSampleRecords(): Record<string, unknown>[] {
  return JSON.parse(prowlerSampleText()) as Record<string, unknown>[];
}

/** Records laid out as Prowler writes them: `[`, each record indented by 4, `,` between, `]`. */
export function prowlerText(records: readonly unknown[]): string {
  return `[${records.map((r) => JSON.stringify(r, null, 4)).join(',')}]`;
}

/** The line on which record `index` of a Prowler-style file starts. */
export function recordLine(text: string, index: number): number {
  if (index === 0) return 1;
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i] === '},{' && ++seen === index) return i + 1;
  }
  throw new Error(`no record ${index}`);
}

/** `count` findings of the sample's shape, each on its own resource, cycling through the sample. */
export function manyProwlerFindings(count: number): Record<string, unknown>[] {
  const sample = prowlerSampleRecords();
  return Array.from({ length: count }, (_, i) => {
    const record = structuredClone(sample[i % sample.length]!) as {
      resources: { uid: string }[];
      finding_info: { uid: string };
    };
    record.resources[0]!.uid = `${record.resources[0]!.uid}-${i}`;
    record.finding_info.uid = `${record.finding_info.uid}-${i}`;
    return record;
  });
}
