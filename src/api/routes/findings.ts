import { StringDecoder } from 'node:string_decoder';
import { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CHECK_STATUSES, systemClock, type Clock, type Store } from '../../core/index.js';
import {
  EXPORT_FORMATS,
  EXPORT_FORMAT_NAMES,
  ExportNotSupportedError,
  exportFindings,
} from '../../interop/exports.js';
import { ProwlerImportError, importProwler } from '../../interop/prowler-import.js';
import type { ScannerRegistry } from '../../scanning/registry.js';
import { clientIdSchema } from '../../scanning/request.js';
import { ApiError, badRequest, notFound } from '../errors.js';
import { canSee, scopedClientId } from '../plugins/auth.js';
import { BEARER_SECURITY } from '../plugins/docs.js';
import { errorResponses, errorSchema, scanIdParamsSchema } from '../schemas.js';

/** Largest Prowler file the API takes; larger ones go through `clouddiagnoze import prowler`. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export interface FindingRoutesOptions {
  store: Store;
  /** Where a scan's provider is found (its account kind and export profile). */
  registry: Pick<ScannerRegistry, 'provider'>;
  clock?: Clock;
  maxImportBytes?: number;
}

const importSummarySchema = z.object({
  scan_id: z.string().describe('The scan the findings were recorded as (GET /api/v1/scans/:id)'),
  client_id: z.string(),
  findings: z.number().int().describe('Prowler findings read'),
  events: z.number().int().describe('Security events stored, one per finding and resource'),
  duplicates: z.number().int().describe('Findings repeating a check and resource already read'),
  statuses: z.object({ PASS: z.number().int(), FAIL: z.number().int(), MANUAL: z.number().int() }),
  services: z.array(z.string()),
  accounts: z.array(z.string()),
  regions: z.array(z.string()),
});

/** Documents the body; the importer validates it record by record, naming each record's line. */
const prowlerFileDocSchema = z
  .array(
    z.looseObject({
      class_uid: z.literal(2004),
      metadata: z.looseObject({ event_code: z.string().describe('Prowler check id') }),
      status_code: z.enum(['PASS', 'FAIL', 'MANUAL']),
      severity: z.enum(['Critical', 'High', 'Medium', 'Low', 'Informational']),
      finding_info: z.looseObject({ uid: z.string(), title: z.string() }),
      resources: z.array(z.looseObject({ uid: z.string(), region: z.string().optional() })),
      cloud: z.looseObject({ account: z.looseObject({ uid: z.string() }) }),
    }),
  )
  .describe("Prowler's OCSF JSON output (`--output-formats json-ocsf`), as Prowler writes it");

const importQuerySchema = z
  .object({
    client_id: clientIdSchema
      .optional()
      .describe('The tenant the findings belong to; a tenant key defaults to its own'),
  })
  .strict();

const statusListSchema = z
  .string()
  .transform((value, ctx) => {
    const statuses = [...new Set(value.split(',').map((s) => s.trim().toUpperCase()))];
    const unknown = statuses.filter((s) => !(CHECK_STATUSES as readonly string[]).includes(s));
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown status ${unknown.join(', ')}; use ${CHECK_STATUSES.join(', ')}`,
      });
      return z.NEVER;
    }
    return statuses as (typeof CHECK_STATUSES)[number][];
  })
  .describe('Only these statuses, comma-separated (e.g. `FAIL,ERROR`); every status by default');

/** The request body as text pieces, read up to `limit` bytes: the file is never one big string. */
function readBody(
  payload: NodeJS.ReadableStream,
  limit: number,
  declaredLength: number,
): Promise<string[]> {
  const tooLarge = () =>
    new ApiError(
      413,
      'payload_too_large',
      `the file is larger than the API accepts (${limit} bytes); import it with: clouddiagnoze import prowler FILE --client-id CLIENT`,
    );
  if (declaredLength > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const decoder = new StringDecoder('utf8');
    const pieces: string[] = [];
    let bytes = 0;
    let failed = false;
    payload.on('data', (chunk: Buffer) => {
      if (failed) return;
      bytes += chunk.length;
      if (bytes > limit) {
        failed = true;
        reject(tooLarge());
        return;
      }
      const text = decoder.write(chunk);
      if (text !== '') pieces.push(text);
    });
    payload.on('end', () => {
      if (failed) return;
      const rest = decoder.end();
      if (rest !== '') pieces.push(rest);
      resolve(pieces);
    });
    payload.on('error', (error) => {
      if (!failed) reject(error);
    });
  });
}

export const findingRoutes: FastifyPluginAsyncZod<FindingRoutesOptions> = async (
  app,
  { store, registry, clock = systemClock, maxImportBytes = MAX_IMPORT_BYTES },
) => {
  // Only in this plugin: the Prowler file is read as text pieces, not parsed whole by Fastify.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    ['application/json', 'application/octet-stream'],
    (request, payload, done) => {
      readBody(payload, maxImportBytes, Number(request.headers['content-length'] ?? 0)).then(
        (pieces) => done(null, pieces),
        (error: Error) => done(error, undefined),
      );
    },
  );

  app.post(
    '/imports/prowler',
    {
      schema: {
        tags: ['findings'],
        summary: 'Import Prowler findings (OCSF JSON)',
        description:
          "The body is Prowler's OCSF JSON output as it is (a JSON array of Detection Findings, class 2004). " +
          'Each finding becomes a security event `aws.security.<service>.<check_id>` of a new, finished scan. ' +
          'The whole file is validated first: a malformed, truncated or invalid file is refused with every ' +
          `problem named by record and line, and nothing is stored. At most ${MAX_IMPORT_BYTES / 1024 / 1024} MiB.`,
        security: BEARER_SECURITY,
        querystring: importQuerySchema,
        body: prowlerFileDocSchema,
        response: {
          201: importSummarySchema,
          ...errorResponses,
          403: errorSchema.describe('client_id is not the API key’s tenant'),
          413: errorSchema.describe('The file is larger than the API accepts'),
        },
      },
      validatorCompiler: (route) =>
        route.httpPart === 'body'
          ? (data: unknown) => ({ value: data })
          : validatorCompiler({ ...route, schema: importQuerySchema }),
    },
    async (request, reply) => {
      const clientId = scopedClientId(request, request.query.client_id);
      if (clientId === undefined) {
        throw badRequest('the query string is invalid', [
          { path: 'client_id', message: 'name the client the findings belong to' },
        ]);
      }
      const pieces = request.body as unknown;
      if (!Array.isArray(pieces) || pieces.every((p) => String(p).trim() === '')) {
        throw badRequest("send Prowler's OCSF JSON file as the request body", [
          { path: '', message: 'the body is empty' },
        ]);
      }
      try {
        const { summary } = await importProwler(store, () => pieces as string[], {
          clientId,
          clock,
        });
        return reply
          .code(201)
          .header('location', `${app.prefix}/scans/${encodeURIComponent(summary.scan_id)}`)
          .send(summary);
      } catch (error) {
        if (error instanceof ProwlerImportError) throw badRequest(error.message, error.issues);
        throw error;
      }
    },
  );

  async function visibleScan(request: FastifyRequest, id: string) {
    const scan = await store.getScan(id);
    if (scan === null || !canSee(request, scan.client_id)) throw notFound(`scan ${id} not found`);
    return scan;
  }

  app.get(
    '/scans/:id/findings',
    {
      schema: {
        tags: ['findings'],
        summary: "A scan's security findings as JSON, OCSF, ASFF or SARIF",
        description:
          'Streams every check result of the scan (events `<provider>.security.<service>.<check_id>` whose value is a check result). ' +
          Object.entries(EXPORT_FORMATS)
            .map(([name, f]) => `\`${name}\`: ${f.description}.`)
            .join(' '),
        security: BEARER_SECURITY,
        params: scanIdParamsSchema,
        querystring: z
          .object({
            format: z.enum(EXPORT_FORMAT_NAMES).default('json'),
            status: statusListSchema.optional(),
          })
          .strict(),
        response: {
          200: {
            description: 'The findings in the chosen format',
            content: Object.fromEntries(
              [...new Set(Object.values(EXPORT_FORMATS).map((f) => f.contentType))].map((type) => [
                type,
                { schema: z.unknown() },
              ]),
            ),
          },
          ...errorResponses,
          404: errorSchema.describe('No such scan for this API key'),
        },
      },
    },
    async (request, reply) => {
      const scan = await visibleScan(request, request.params.id);
      const { format, status } = request.query;
      const provider = registry.provider(scan.provider);
      if (!provider)
        throw badRequest(`scan ${scan.id} is of provider ${scan.provider}, not served here`);
      let chunks: AsyncGenerator<string>;
      try {
        chunks = exportFindings(
          store,
          scan.id,
          format,
          provider,
          status ? { statuses: status } : {},
        );
      } catch (error) {
        if (error instanceof ExportNotSupportedError) throw badRequest(error.message);
        throw error;
      }
      // The first chunk is produced before answering, so an unreachable store is an error
      // response rather than a stream cut short.
      const first = await chunks.next();
      async function* all(): AsyncGenerator<string> {
        if (first.done !== true) yield first.value;
        yield* chunks;
      }
      const output = EXPORT_FORMATS[format];
      const stream = Readable.from(all(), { objectMode: false });
      return reply
        .type(output.contentType)
        .header(
          'content-disposition',
          `attachment; filename="scan-${scan.id.replace(/[^A-Za-z0-9_.-]/g, '_')}.${output.extension}"`,
        )
        .send(stream as never);
    },
  );
};
