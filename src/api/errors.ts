import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ScanConflictError, ScanNotFoundError } from '../scanning/scan-service.js';
import { ScanRequestError, type Issue } from '../scanning/request.js';
import { storageUnavailable } from '../lib/storage-errors.js';

export type { Issue };

/** An error with its HTTP status, code and (for 400s) the fields at fault; the error handler renders it. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
  }
}

export const badRequest = (message: string, issues?: Issue[]) =>
  new ApiError(400, 'invalid_request', message, issues);
export const unauthorized = (message: string) => new ApiError(401, 'unauthorized', message);
export const forbidden = (message: string, issues?: Issue[]) =>
  new ApiError(403, 'forbidden', message, issues);
export const notFound = (message: string) => new ApiError(404, 'not_found', message);

export interface ErrorBody {
  error: { code: string; message: string; issues?: Issue[] };
}

interface ValidationEntry {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** `/services/0` → `services.0`; an unknown field is reported at its own path, not its parent's. */
function validationIssues(validation: readonly ValidationEntry[]): Issue[] {
  const issues: Issue[] = [];
  for (const entry of validation) {
    const parent = (entry.instancePath ?? '').split('/').filter(Boolean);
    const keys = entry.params?.['keys'];
    if (entry.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      for (const key of keys) {
        issues.push({ path: [...parent, String(key)].join('.'), message: 'unknown field' });
      }
      continue;
    }
    issues.push({ path: parent.join('.'), message: entry.message ?? 'invalid value' });
  }
  return issues;
}

const PART_NAMES: Record<string, string> = {
  body: 'request body',
  querystring: 'query string',
  params: 'path',
  headers: 'headers',
};

function toErrorResponse(error: unknown): { status: number; body: ErrorBody } {
  const render = (status: number, code: string, message: string, issues?: Issue[]) => ({
    status,
    body: { error: issues ? { code, message, issues } : { code, message } },
  });
  if (error instanceof ApiError) {
    return render(error.statusCode, error.code, error.message, error.issues);
  }
  if (error instanceof ScanRequestError) {
    return render(400, 'invalid_request', 'the scan request is invalid', error.issues);
  }
  if (error instanceof ScanNotFoundError) return render(404, 'not_found', error.message);
  if (error instanceof ScanConflictError) return render(409, 'conflict', error.message);
  const unavailable = storageUnavailable(error);
  if (unavailable !== null) {
    return render(503, 'store_unavailable', `${unavailable}; try again later`);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = PART_NAMES[error.validationContext ?? ''] ?? 'request';
    return render(
      400,
      'invalid_request',
      `the ${part} is invalid`,
      validationIssues(error.validation),
    );
  }
  const fastifyError = (
    typeof error === 'object' && error !== null ? error : {}
  ) as Partial<FastifyError>;
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return render(400, 'invalid_request', 'the request body is not valid JSON', [
      { path: '', message: 'malformed JSON' },
    ]);
  }
  const status = fastifyError.statusCode;
  if (
    fastifyError.code?.startsWith('FST_') &&
    typeof status === 'number' &&
    status >= 400 &&
    status < 500
  ) {
    // Fastify's own client errors (media type, body size…): their messages name no user data.
    const code =
      status === 413
        ? 'payload_too_large'
        : status === 415
          ? 'unsupported_media_type'
          : 'invalid_request';
    return render(status, code, fastifyError.message ?? 'bad request');
  }
  return render(500, 'internal_error', 'internal server error');
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const { status, body } = toErrorResponse(error);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  if (status === 401) void reply.header('www-authenticate', 'Bearer');
  return reply.code(status).type('application/json').send(body);
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  const body: ErrorBody = {
    error: {
      code: 'not_found',
      message: `no route for ${request.method} ${request.url.split('?')[0]}`,
    },
  };
  return reply.code(404).send(body);
}

/** Stores refuse a cursor they did not hand out with a RangeError: the caller's mistake, not ours. */
export async function readPage<T>(cursor: string | undefined, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (cursor !== undefined && error instanceof RangeError) {
      throw badRequest('the query string is invalid', [
        {
          path: 'cursor',
          message: 'is not a cursor this server handed out; pass back next_cursor unchanged',
        },
      ]);
    }
    throw error;
  }
}
