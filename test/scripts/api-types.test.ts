import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, formattedApiTypes, openApiDocument } from '../../scripts/api-types.js';

describe('web/src/api-types.ts', () => {
  it('is what openapi-typescript makes of the OpenAPI document today (run `npm run docs`)', async () => {
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    expect(await formattedApiTypes(), 'stale: run `npm run docs`').toBe(committed);
  });

  it('comes from a document whose every $ref resolves', async () => {
    const doc = await openApiDocument();
    const schemas = Object.keys(doc.components?.schemas ?? {});
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) {
      expect(
        schemas.map((s) => `#/components/schemas/${s}`),
        ref,
      ).toContain(ref);
    }
  });
});
