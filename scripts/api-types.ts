import { format, resolveConfig } from 'prettier';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { createTestApi } from '../src/api/test-support.js';

/** Where the dashboard's API types are written. */
export const API_TYPES_FILE = 'web/src/api-types.ts';

const HEADER = `/**
 * The API's types, generated from its OpenAPI document by openapi-typescript: do not edit.
 * Regenerate with \`npm run docs\` (scripts/generate-api-types.ts); a test fails when it is stale.
 */
`;

/**
 * A JSON value. The document's recursive `JsonValue` schemas become this alias: an interface
 * member that refers to itself through an indexed access does not compile.
 */
const JSON_VALUE = `export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
`;
const RECURSIVE = new Set([
  '#/components/schemas/JsonValue',
  '#/components/schemas/JsonValueInput',
]);

/** The OpenAPI document the server serves at /openapi.json (built in memory, nothing listens). */
export async function openApiDocument(): Promise<OpenAPI3> {
  const api = await createTestApi();
  try {
    return (await api.app.inject({ url: '/openapi.json' })).json<OpenAPI3>();
  } finally {
    await api.app.close();
  }
}

/** The dashboard's types as text: `paths`, `components` and `operations` of the document. */
export async function renderApiTypes(document?: OpenAPI3): Promise<string> {
  const doc = document ?? (await openApiDocument());
  // The version changes with every release; the types do not depend on it.
  const ast = await openapiTS(
    { ...doc, info: { ...doc.info, version: '0' } },
    {
      alphabetize: false,
      exportType: false,
      transform: (_schema, { path }) =>
        path !== undefined && RECURSIVE.has(path)
          ? ts.factory.createTypeReferenceNode('JsonValue')
          : undefined,
    },
  );
  return HEADER + JSON_VALUE + astToString(ast);
}

/** `renderApiTypes()` formatted as the repository formats it: what web/src/api-types.ts holds. */
export async function formattedApiTypes(): Promise<string> {
  const options = (await resolveConfig(API_TYPES_FILE)) ?? {};
  return format(await renderApiTypes(), { ...options, filepath: API_TYPES_FILE });
}
