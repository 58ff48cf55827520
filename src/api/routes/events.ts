import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CATEGORIES,
  metricTypeFilter,
  toWire,
  withEnvelope,
  type CbpEvent,
  type EventQuery,
  type Page,
  type Store,
} from '../../core/index.js';
import { clientIdSchema } from '../../scanning/request.js';
import { badRequest, readPage } from '../errors.js';
import { scopedClientId } from '../plugins/auth.js';
import { BEARER_SECURITY } from '../plugins/docs.js';
import {
  apiEventSchema,
  booleanQuerySchema,
  errorResponses,
  errorSchema,
  instantSchema,
  limitSchema,
  wireEventLineSchema,
} from '../schemas.js';

export interface EventRoutesOptions {
  store: Store;
}

export const NDJSON = 'application/x-ndjson';

/**
 * Every event of the query, page after page, one JSON document per line. The stream pulls the next
 * page only when the client has taken the previous one, so memory stays flat whatever the count.
 */
async function* ndjsonLines(
  store: Store,
  query: EventQuery,
  first: Page<CbpEvent>,
  envelope: boolean,
): AsyncGenerator<string> {
  let page = first;
  let cursor = query.cursor;
  for (;;) {
    let chunk = '';
    for (const event of page.items) {
      chunk += JSON.stringify(envelope ? withEnvelope(event) : toWire(event)) + '\n';
    }
    if (chunk !== '') yield chunk;
    // A cursor that does not move would loop forever; stop instead.
    if (page.next_cursor === null || page.next_cursor === cursor) return;
    cursor = page.next_cursor;
    page = await store.queryEvents({ ...query, cursor });
  }
}

function wantsNdjson(accept: string | undefined): boolean {
  return (accept ?? '')
    .split(',')
    .some((part) => part.split(';')[0]?.trim().toLowerCase() === NDJSON);
}

const querySchema = z
  .object({
    client_id: clientIdSchema
      .optional()
      .describe('Only this tenant (a tenant key is pinned to its own)'),
    scan_id: z.string().min(1).optional(),
    resource_id: z.string().min(1).optional(),
    metric_type: z
      .string()
      .min(1)
      .transform(metricTypeFilter)
      .optional()
      .describe(
        'Exact metric type, or a prefix when it ends with a dot (e.g. `aws.security.`); fewer than four parts (`aws.security`) is a prefix too',
      ),
    category: z.enum(CATEGORIES).optional(),
    since: instantSchema
      .optional()
      .describe('Events at or after this instant (ISO 8601 with offset or Z)'),
    until: instantSchema
      .optional()
      .describe('Events before this instant (ISO 8601 with offset or Z)'),
    limit: limitSchema(10_000, 1000).describe(
      'Page size; with NDJSON every matching event is streamed, read from the store this many at a time',
    ),
    cursor: z.string().min(1).optional().describe('next_cursor of the previous page'),
    envelope: booleanQuerySchema
      .optional()
      .describe(
        'Include the envelope fields; default true for JSON, false for NDJSON (the bare 2CBP wire format)',
      ),
  })
  .strict();

export const eventRoutes: FastifyPluginAsyncZod<EventRoutesOptions> = async (app, { store }) => {
  app.get(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Query events',
        description:
          `JSON pages by default. With \`Accept: ${NDJSON}\` every matching event is streamed, one per line, ` +
          'walking all pages from `cursor` (or the start).',
        security: BEARER_SECURITY,
        querystring: querySchema,
        response: {
          200: {
            description: 'A page of events, or (NDJSON) every matching event',
            content: {
              'application/json': {
                schema: z.object({
                  items: z.array(apiEventSchema),
                  next_cursor: z.string().nullable(),
                }),
              },
              [NDJSON]: { schema: wireEventLineSchema },
            },
          },
          ...errorResponses,
          403: errorSchema.describe('client_id is not the API key’s tenant'),
        },
      },
    },
    async (request, reply) => {
      const { client_id, since, until, envelope, ...filters } = request.query;
      if (since !== undefined && until !== undefined && until < since) {
        throw badRequest('the query string is invalid', [
          { path: 'until', message: 'must not be before since' },
        ]);
      }
      const scoped = scopedClientId(request, client_id);
      const query: EventQuery = {
        ...filters,
        ...(scoped !== undefined && { client_id: scoped }),
        ...(since !== undefined && { since }),
        ...(until !== undefined && { until }),
      };
      // The first page is read before answering, so a bad cursor or an unreachable store is a
      // proper error response rather than a stream cut short.
      const first = await readPage(query.cursor, () => store.queryEvents(query));
      if (wantsNdjson(request.headers.accept)) {
        const stream = Readable.from(ndjsonLines(store, query, first, envelope ?? false), {
          objectMode: false,
        });
        // A stream bypasses the serializer; the typed send() only knows the JSON shape.
        return reply.type(NDJSON).send(stream as never);
      }
      const withEnv = envelope ?? true;
      // Serialized here: the store's events already have the documented shape, and the response
      // schema's validation of every item cost more CPU than the query (bench/events-read.ts).
      const body = JSON.stringify({
        items: first.items.map((event) => (withEnv ? withEnvelope(event) : toWire(event))),
        next_cursor: first.next_cursor,
      });
      return reply.type('application/json').send(body as never);
    },
  );
};
