import { createRequire } from 'node:module';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { Histogram } from 'prom-client';
import { secretLogPaths, type JobQueue, type Store } from '../core/index.js';
import type { ScannerMetrics } from '../observability/metrics.js';
import type { CheckRegistry } from '../checks/index.js';
import type { ScannerRegistry } from '../scanning/registry.js';
import type { ScanService } from '../scanning/scan-service.js';
import { badRequest, errorHandler, notFoundHandler } from './errors.js';
import { ApiKeyLookup, requireApiKey } from './plugins/auth.js';
import { registerDocs } from './plugins/docs.js';
import { webRoutes } from './plugins/web.js';
import { catalogRoutes } from './routes/catalog.js';
import { complianceRoutes } from './routes/compliance.js';
import { eventRoutes } from './routes/events.js';
import { findingRoutes } from './routes/findings.js';
import { keyRoutes } from './routes/keys.js';
import { liveRoutes } from './routes/live.js';
import { operationsRoutes } from './routes/operations.js';
import { reportRoutes } from './routes/reports.js';
import { scanRoutes } from './routes/scans.js';
import { sinkRoutes, type SinkRoutesOptions } from './routes/sinks.js';

export interface ApiDeps {
  store: Store;
  queue: JobQueue;
  scans: ScanService;
  registry: ScannerRegistry;
  /** The checks the workers run, for compliance summaries; the build's when absent. */
  checks?: CheckRegistry;
  metrics: ScannerMetrics;
  /** Remote sinks' status and dead letters; without it /api/v1/sinks is not served. */
  sinks?: SinkRoutesOptions['sinks'];
  /** A pino logger, `true` for a default one at `info`, or `false`/absent for none. */
  logger?: FastifyBaseLogger | boolean;
  /** The built dashboard served at `/`; defaults to the checkout's web/dist. */
  webDir?: string;
}

/**
 * Log paths that never reach a log line in clear, whichever logger the caller hands in: the
 * credentials headers, and every registered provider's secret auth-mode fields (nested modes too).
 * Fastify's request serializer leaves headers out already; this guards any code that logs them or
 * a body.
 */
export function redactedLogPaths(registry: ScannerRegistry): string[] {
  return [
    'req.headers.authorization',
    'req.headers.cookie',
    'headers.authorization',
    'headers.cookie',
    'authorization',
    ...secretLogPaths(new Set(registry.providers().flatMap((p) => p.secretFields))),
  ];
}

function loggerOptions(
  logger: ApiDeps['logger'],
  registry: ScannerRegistry,
): Pick<FastifyServerOptions, 'logger' | 'loggerInstance'> {
  if (logger === undefined || logger === false) return { logger: false };
  const redact = { paths: redactedLogPaths(registry), censor: '[redacted]' };
  if (logger === true) return { logger: { level: 'info', redact } };
  return { loggerInstance: logger.child({}, { redact }) };
}

/** Request lines at debug: a dashboard polls every second, and info is for what a person reads. */
class DebugRequestLogs extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    if (!this.isLogDisabled(request)) request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error) super.requestCompleted(error, request, reply);
    else if (!this.isLogDisabled(request)) {
      reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed');
    }
  }
}

const HTTP_DURATION = 'clouddiagnoze_http_request_duration_seconds';

function httpDuration(metrics: ScannerMetrics): Histogram<'method' | 'route' | 'status_code'> {
  const existing = metrics.registry.getSingleMetric(HTTP_DURATION);
  if (existing) return existing as Histogram<'method' | 'route' | 'status_code'>;
  return new Histogram({
    name: HTTP_DURATION,
    help: 'Duration of API requests by method, route and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metrics.registry],
  });
}

function packageVersion(): string {
  const pkg: unknown = createRequire(import.meta.url)('../../package.json');
  const version = (pkg as { version?: unknown }).version;
  return typeof version === 'string' ? version : '0.0.0';
}

/**
 * The control plane's HTTP API: validates, records and enqueues; reads scans and events. It never
 * calls a cloud. Returns a ready instance; the caller listens.
 */
export async function buildApp(deps: ApiDeps): Promise<FastifyInstance> {
  const app = Fastify({
    ...loggerOptions(deps.logger, deps.registry),
    logController: new DebugRequestLogs(),
    // The router's own refusals (a path whose escapes are not UTF-8) answer in the API's error shape.
    frameworkErrors: (error, request, reply) => {
      const message =
        error.code === 'FST_ERR_BAD_URL' ? 'the URL is not valid UTF-8' : 'the request is invalid';
      void errorHandler(badRequest(message), request as FastifyRequest, reply as FastifyReply);
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  app.decorateRequest('apiKey', null);

  // An empty JSON body (a bodiless POST from a client that always sets the header) means no body.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  // Decoded strictly: invalid UTF-8 is refused rather than silently replaced with U+FFFD.
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(badRequest('the request body is not valid UTF-8'), undefined);
      return;
    }
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });

  const duration = httpDuration(deps.metrics);
  app.addHook('onResponse', async (request, reply) => {
    duration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  await registerDocs(app, packageVersion());

  await app.register(operationsRoutes, {
    store: deps.store,
    queue: deps.queue,
    metrics: deps.metrics,
  });
  await app.register(
    async (v1) => {
      const keys = new ApiKeyLookup(deps.store);
      requireApiKey(v1, deps.store, undefined, keys);
      await v1.register(scanRoutes, {
        store: deps.store,
        scans: deps.scans,
        registry: deps.registry,
      });
      await v1.register(eventRoutes, { store: deps.store });
      await v1.register(findingRoutes, { store: deps.store, registry: deps.registry });
      await v1.register(complianceRoutes, {
        store: deps.store,
        ...(deps.checks && { checks: deps.checks }),
      });
      await v1.register(catalogRoutes, { registry: deps.registry, scans: deps.scans });
      if (deps.sinks) await v1.register(sinkRoutes, { sinks: deps.sinks });
      await v1.register(keyRoutes, { store: deps.store, keys });
      await v1.register(liveRoutes, { store: deps.store });
      await v1.register(reportRoutes, {
        store: deps.store,
        registry: deps.registry,
        ...(deps.checks && { checks: deps.checks }),
      });
    },
    { prefix: '/api/v1' },
  );
  await app.register(webRoutes, { dir: deps.webDir });

  await app.ready();
  return app;
}
