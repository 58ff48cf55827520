import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CHECK_STATUSES, SEVERITIES, type Store } from '../../core/index.js';
import {
  CHECKS,
  CONTROL_STATUSES,
  loadScanResults,
  summarizeCompliance,
  type CheckRegistry,
} from '../../checks/index.js';
import { notFound } from '../errors.js';
import { canSee } from '../plugins/auth.js';
import { BEARER_SECURITY } from '../plugins/docs.js';
import { errorResponses, errorSchema, scanIdParamsSchema } from '../schemas.js';

export interface ComplianceRoutesOptions {
  store: Store;
  checks?: CheckRegistry;
}

/** The `framework` query parameter: one of the frameworks the checks map to. */
function frameworkQuery(checks: CheckRegistry) {
  const ids = checks.frameworks().map((f) => f.id);
  return z
    .string()
    .refine((id) => checks.framework(id) !== undefined, {
      error: (issue) => `unknown framework ${String(issue.input)}; known: ${ids.join(', ')}`,
    })
    .describe(`Framework id: ${ids.join(', ')}`);
}

const resultSchema = z.object({
  check_id: z.string(),
  resource_id: z.string(),
  status: z.enum(CHECK_STATUSES),
  reason: z.string(),
  account_id: z.string(),
  region: z.string(),
});

export const complianceSummarySchema = z.object({
  scan_id: z.string(),
  framework: z.object({ id: z.string(), name: z.string(), version: z.string() }),
  totals: z.object({
    controls: z.number().int(),
    passed: z.number().int(),
    failed: z.number().int(),
    manual: z.number().int(),
    error: z.number().int(),
    not_evaluated: z.number().int(),
  }),
  controls: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      section: z.string(),
      automated: z.boolean(),
      status: z.enum(CONTROL_STATUSES),
      reason: z.string(),
      checks: z.array(z.string()).describe('Checks mapped to the control'),
      results: z.object({
        pass: z.number().int(),
        fail: z.number().int(),
        error: z.number().int(),
        manual: z.number().int(),
      }),
      findings: z.array(resultSchema).describe('FAIL and ERROR results (at most 100)'),
    }),
  ),
});

const checkSchema = z.object({
  id: z.string(),
  provider: z.string(),
  service: z.string(),
  resource_type: z.string(),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  description: z.string(),
  risk: z.string(),
  remediation: z.object({
    text: z.string(),
    cli: z.string().optional(),
    console: z.string().optional(),
    url: z.string().optional(),
  }),
  compliance: z.record(z.string(), z.array(z.string())),
  metric_type: z.string(),
});

/** The check catalogue and the compliance summary of a scan (tenant rules as for scans). */
export const complianceRoutes: FastifyPluginAsyncZod<ComplianceRoutesOptions> = async (
  app,
  { store, checks = CHECKS },
) => {
  app.get(
    '/scans/:id/compliance',
    {
      schema: {
        tags: ['compliance'],
        summary: "A framework's controls for one scan: passed, failed, manual, in error",
        description:
          'Automated controls take the worst result of the checks mapped to them (FAILED over ERROR over ' +
          'PASSED); NOT_EVALUATED when none of them ran in this scan. Manual controls are MANUAL, with ' +
          'the results of any supporting checks.',
        security: BEARER_SECURITY,
        params: scanIdParamsSchema,
        querystring: z.object({ framework: frameworkQuery(checks) }).strict(),
        response: {
          200: complianceSummarySchema,
          ...errorResponses,
          404: errorSchema.describe('No such scan for this API key'),
        },
      },
    },
    async (request) => {
      const scan = await store.getScan(request.params.id);
      if (scan === null || !canSee(request, scan.client_id)) {
        throw notFound(`scan ${request.params.id} not found`);
      }
      const framework = checks.framework(request.query.framework)!;
      const [results, units] = await Promise.all([
        loadScanResults(store, scan, checks),
        store.listUnits(scan.id),
      ]);
      return summarizeCompliance(framework, checks, results, { scan, units });
    },
  );

  app.get(
    '/checks',
    {
      schema: {
        tags: ['compliance'],
        summary: 'The security checks this build runs',
        security: BEARER_SECURITY,
        querystring: z
          .object({
            framework: frameworkQuery(checks).optional(),
            service: z.string().min(1).optional(),
          })
          .strict(),
        response: { 200: z.object({ items: z.array(checkSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { framework, service } = request.query;
      const items = checks
        .all()
        .filter((c) => service === undefined || c.service === service)
        .filter((c) => framework === undefined || (c.compliance[framework]?.length ?? 0) > 0)
        .map((c) => ({
          id: c.id,
          provider: c.provider,
          service: c.service,
          resource_type: c.resource_type,
          severity: c.severity,
          title: c.title,
          description: c.description,
          risk: c.risk,
          remediation: { ...c.remediation },
          compliance: Object.fromEntries(Object.entries(c.compliance).map(([k, v]) => [k, [...v]])),
          metric_type: `${c.provider}.security.${c.service}.${c.id}`,
        }));
      return { items };
    },
  );
};
