import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEVERITIES, type CheckDefinition } from '../core/index.js';
import { CIS_AWS_7_0 } from './aws/compliance/cis-aws-7.0.js';
import { renderChecksMarkdown } from './docs.js';
import { CHECK_PACKS, CHECKS, CheckRegistry, FRAMEWORKS, frameworkById } from './index.js';

const ROOT = dirname(fileURLToPath(import.meta.url));

function checkFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return checkFiles(path);
    return entry.name.endsWith('.check.ts') ? [path] : [];
  });
}

const files = checkFiles(ROOT);
const loaded = await Promise.all(
  files.map(async (file) => ({
    file,
    check: (await import(pathToFileURL(file).href)).default as CheckDefinition,
  })),
);

describe('the check registry', () => {
  it('lists every check file once, and nothing else', () => {
    expect(files.length).toBeGreaterThan(0);
    const registered = new Set(CHECKS.all());
    for (const { file, check } of loaded) {
      expect(registered.has(check), `${relative(ROOT, file)} is listed in its service index`).toBe(
        true,
      );
    }
    expect(CHECKS.all().length).toBe(loaded.length);
  });

  it('names each check after its file, lives under its service, and has a test beside it', () => {
    for (const { file, check } of loaded) {
      const id = basename(file, '.check.ts');
      expect(check.id).toBe(id);
      expect(
        basename(dirname(file)),
        `${id} lives in src/checks/${check.provider}/${check.service}`,
      ).toBe(check.service);
      const tests = [`${id}.check.test.ts`, `${id}.test.ts`].map((t) => join(dirname(file), t));
      expect(tests.some(existsSync), `${id} has a test beside it`).toBe(true);
    }
  });

  it('refuses duplicate or badly named ids', () => {
    const check = CHECKS.all()[0]!;
    expect(() => new CheckRegistry([check, check])).toThrow(/registered twice/);
    expect(() => new CheckRegistry([{ ...check, id: 'Bad-Id' }])).toThrow(/snake case/);
  });

  it('gives every check complete metadata', () => {
    for (const check of CHECKS.all()) {
      expect(
        CHECK_PACKS.find((pack) => pack.checks.includes(check))?.provider,
        `${check.id} is registered in the pack of its own provider`,
      ).toBe(check.provider);
      expect(SEVERITIES, check.id).toContain(check.severity);
      for (const field of ['title', 'description', 'risk', 'resource_type'] as const) {
        expect(check[field].length, `${check.id}.${field}`).toBeGreaterThan(3);
      }
      expect(check.remediation.text.length, `${check.id} remediation`).toBeGreaterThan(10);
      expect(check.title.length, `${check.id} title fits a table`).toBeLessThanOrEqual(90);
    }
  });

  it('maps compliance only to real controls of known frameworks', () => {
    for (const check of CHECKS.all()) {
      for (const [frameworkId, controls] of Object.entries(check.compliance)) {
        const framework = frameworkById(frameworkId);
        expect(framework, `${check.id} maps to ${frameworkId}`).toBeDefined();
        const known = new Set(framework!.controls.map((c) => c.id));
        for (const control of controls) {
          expect(known.has(control), `${check.id} → ${frameworkId} ${control}`).toBe(true);
        }
      }
    }
  });

  it('covers at least 60 checks', () => {
    expect(CHECKS.all().length).toBeGreaterThanOrEqual(60);
  });
});

describe('the compliance frameworks', () => {
  it('CIS AWS Foundations 7.0.0 has its 70 recommendations, 34 automated, each once', () => {
    const ids = CIS_AWS_7_0.controls.map((c) => c.id);
    expect(ids.length).toBe(70);
    expect(new Set(ids).size).toBe(70);
    expect(CIS_AWS_7_0.controls.filter((c) => c.automated).length).toBe(34);
  });

  it('have unique ids and controls', () => {
    expect(new Set(FRAMEWORKS.map((f) => f.id)).size).toBe(FRAMEWORKS.length);
    for (const f of FRAMEWORKS) {
      expect(new Set(f.controls.map((c) => c.id)).size, f.id).toBe(f.controls.length);
    }
  });
});

describe('docs/checks.md', () => {
  it('matches the registry (run `npm run docs` after changing a check)', () => {
    expect(readFileSync('docs/checks.md', 'utf8')).toBe(renderChecksMarkdown(CHECKS, FRAMEWORKS));
  });
});
