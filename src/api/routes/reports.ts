import type { ScannerRegistry } from '../../scanning/registry.js';
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CHECKS, summarizeScanCompliance, type CheckRegistry } from '../../checks/index.js';
import type { Store } from '../../core/index.js';
import {
  CSV_DATASETS,
  PdfUnavailableError,
  REPORT_FORMATS,
  renderReport,
} from '../../reports/index.js';
import { ApiError, badRequest, notFound } from '../errors.js';
import { canSee } from '../plugins/auth.js';
import { BEARER_SECURITY } from '../plugins/docs.js';
import { booleanQuerySchema, errorResponses, errorSchema, scanIdParamsSchema } from '../schemas.js';

export interface ReportRoutesOptions {
  store: Store;
  /** The providers, whose resource ids the report reads types from. */
  registry?: Pick<ScannerRegistry, 'provider' | 'catalogue'>;
  /** The checks whose compliance summary the report shows; the build's when absent. */
  checks?: CheckRegistry;
}

/** The HTML report is inert: inline styles only, nothing it may load, run or submit. */
const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const reportRoutes: FastifyPluginAsyncZod<ReportRoutesOptions> = async (
  app,
  { store, registry, checks = CHECKS },
) => {
  app.get(
    '/scans/:id/report',
    {
      schema: {
        tags: ['scans'],
        summary: 'A scan’s report: HTML, PDF, CSV or JSON',
        description:
          'HTML (self-contained) and PDF (printed from the HTML): summary, findings, cost, performance ' +
          'highlights and inventory. CSV: every event (`dataset=events`, default) or the security check ' +
          'results (`dataset=findings`). JSON: the same summary, findings, cost, performance and inventory ' +
          'as the HTML, plus every event (`events=false` leaves them out). Sent as a download.',
        security: BEARER_SECURITY,
        params: scanIdParamsSchema,
        querystring: z
          .object({
            format: z.enum(REPORT_FORMATS).default('html'),
            dataset: z
              .enum(CSV_DATASETS)
              .optional()
              .describe('CSV only: `events` (default) or `findings`'),
            events: booleanQuerySchema
              .optional()
              .describe('JSON only: include every event of the scan (default true)'),
          })
          .strict(),
        response: {
          200: {
            description: 'The report',
            content: {
              'text/html': { schema: z.string() },
              'application/pdf': { schema: z.string().describe('binary') },
              'text/csv': { schema: z.string() },
              'application/json': { schema: z.object({}).passthrough() },
            },
          },
          ...errorResponses,
          404: errorSchema.describe('No such scan for this API key'),
          503: errorSchema.describe('PDF asked but Chromium is not installed on the server'),
        },
      },
    },
    async (request, reply) => {
      const { format, dataset, events } = request.query;
      if (dataset !== undefined && format !== 'csv') {
        throw badRequest('the query string is invalid', [
          { path: 'dataset', message: 'applies to format=csv only' },
        ]);
      }
      if (events !== undefined && format !== 'json') {
        throw badRequest('the query string is invalid', [
          { path: 'events', message: 'applies to format=json only' },
        ]);
      }
      const scan = await store.getScan(request.params.id);
      if (scan === null || !canSee(request, scan.client_id)) {
        throw notFound(`scan ${request.params.id} not found`);
      }
      let report;
      try {
        const typeOf = registry?.provider(scan.provider)?.resourceIds.typeOf;
        report = await renderReport(store, scan, {
          format,
          ...(typeOf !== undefined && { resourceTypeOf: typeOf }),
          ...(registry && { roleOf: (metricType: string) => registry.catalogue.get(metricType) }),
          ...(dataset !== undefined && { dataset }),
          ...(events !== undefined && { includeEvents: events }),
          compliance: (units) => summarizeScanCompliance(store, scan, units, checks),
        });
      } catch (error) {
        if (error instanceof PdfUnavailableError)
          throw new ApiError(503, error.code, error.message);
        throw error;
      }
      void reply
        .type(report.contentType)
        .header('content-disposition', `attachment; filename="${report.filename}"`)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff');
      if (format === 'html') void reply.header('content-security-policy', REPORT_CSP);
      const body = report.body;
      // Raw bodies bypass the serializer; the typed send() only knows JSON shapes.
      if (typeof body === 'string' || Buffer.isBuffer(body)) return reply.send(body as never);
      return reply.send(Readable.from(body, { objectMode: false }) as never);
    },
  );
};
