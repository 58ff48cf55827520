import { StringDecoder } from 'node:string_decoder';
import { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CHECK_STATUSES,
  SEVERITIES,
  eventsMatching,
  findingOf,
  systemClock,
  type Clock,
  type Finding,
  type Store,
} from '../../core/index.js';
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
import { findingsPage, findingsPageSchema } from './findings-page.js';

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

/** A comma-separated list of names (`s3,ec2`), each once. */
const nameListSchema = (what: string) =>
  z
    .string()
    .max(4096)
    .transform((value) => [
      ...new Set(
        value
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      ),
    ])
    .describe(`Only these ${what}, comma-separated; all by default`);

const severityListSchema = z
  .string()
  .transform((value, ctx) => {
    const severities = [...new Set(value.split(',').map((s) => s.trim().toLowerCase()))];
    const unknown = severities.filter((s) => !(SEVERITIES as readonly string[]).includes(s));
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown severity ${unknown.join(', ')}; use ${SEVERITIES.join(', ')}`,
      });
      return z.NEVER;
    }
    return severities as (typeof SEVERITIES)[number][];
  })
  .describe('Only these severities, comma-separated (e.g. `critical,high`); all by default');

/** Largest page of GET /scans/:id/results. */
export const MAX_RESULTS_PAGE = 500;

const resultsQuerySchema = z
  .object({
    status: statusListSchema.optional(),
    severity: severityListSchema.optional(),
    service: nameListSchema('services').optional(),
    check: nameListSchema('check ids').optional(),
    framework: nameListSchema('frameworks (ids as in `compliance`)').optional(),
    resource: z.string().max(2048).optional().describe('Part of the resource id (any case)'),
    search: z
      .string()
      .max(2048)
      .optional()
      .describe('Part of the resource id, the title or the reason (any case)'),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(MAX_RESULTS_PAGE).default(50),
  })
  .strict();

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
    '/scans/:id/results',
    {
      schema: {
        tags: ['findings'],
        summary:
          "One page of a scan's check results, filtered, with the count of every facet value",
        description:
          'The check results of the scan (as in GET /scans/:id/findings), filtered by status, severity, service, ' +
          'check, framework and resource, most severe failures first, `limit` from `offset`. `matched` counts what ' +
          "the filters keep; `totals` the whole scan; `facets` each facet's values among the results the other " +
          'filters keep.',
        security: BEARER_SECURITY,
        params: scanIdParamsSchema,
        querystring: resultsQuerySchema,
        response: {
          200: findingsPageSchema,
          ...errorResponses,
          404: errorSchema.describe('No such scan for this API key'),
        },
      },
    },
    async (request) => {
      const scan = await visibleScan(request, request.params.id);
      const { offset, limit, ...filters } = request.query;
      const all: Finding[] = [];
      for await (const event of eventsMatching(store, {
        scan_id: scan.id,
        metric_type: `${scan.provider}.security.`,
      })) {
        const finding = findingOf(event);
        if (finding !== null) all.push(finding);
      }
      return findingsPage(all, filters, { offset, limit });
    },
  );

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
