import { z } from 'zod';
import { DEFAULT_SCAN_OPTIONS, type ScanOptions } from '../core/index.js';
import type { ScannerRegistry } from './registry.js';

export const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

export const clientIdSchema = z
  .string()
  .regex(
    CLIENT_ID,
    'must be 1–128 characters: letters, digits and _.:- (starting with a letter or digit)',
  );

export const scanOptionsSchema = z
  .object({
    metrics_window_days: z.number().int().min(1).max(455).optional(),
    unit_timeout_seconds: z.number().int().min(10).max(86_400).optional(),
  })
  .strict();

/** A scan request after validation: auth mode still in clear (it is sealed before it is stored). */
export interface ScanRequest {
  provider: string;
  services: string[];
  auth_mode: { type: string } & Record<string, unknown>;
  client_id: string;
  regions: string[] | null;
  options: ScanOptions;
}

export interface Issue {
  path: string;
  message: string;
}

export class ScanRequestError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; '));
  }
}

/** One issue per problem, each at its own field path (an unknown key at the key's own path). */
function toIssues(error: z.ZodError, prefix: (string | number)[] = []): Issue[] {
  return error.issues.flatMap((issue) => {
    const at = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...at, key].join('.'), message: 'unknown field' }));
    }
    return [{ path: at.join('.'), message: issue.message }];
  });
}

const baseSchema = z
  .object({
    provider: z.string().min(1),
    services: z.array(z.string().min(1)).min(1, 'name at least one service'),
    auth_mode: z.object({ type: z.string().min(1) }).passthrough(),
    client_id: clientIdSchema,
    regions: z
      .array(z.string().min(1))
      .min(1, 'name at least one region, or leave regions out')
      .optional(),
    options: scanOptionsSchema.optional(),
  })
  .strict();

/** Validates a scan request against the registry (providers, services, regions, auth modes); never calls a cloud. */
export function parseScanRequest(registry: ScannerRegistry, input: unknown): ScanRequest {
  const base = baseSchema.safeParse(input);
  if (!base.success) throw new ScanRequestError(toIssues(base.error));
  const body = base.data;
  const issues: Issue[] = [];
  const provider = registry.provider(body.provider);
  if (!provider) {
    const known = registry.providers().map((p) => p.id);
    throw new ScanRequestError([
      {
        path: 'provider',
        message: `unknown provider ${body.provider}; known: ${known.join(', ')}`,
      },
    ]);
  }
  const services = [...new Set(body.services)];
  const supported = registry.services(provider.id);
  services.forEach((service, i) => {
    if (!supported.includes(service)) {
      issues.push({
        path: `services.${i}`,
        message: `service ${service} is not supported for ${provider.id}; supported: ${supported.join(', ')}`,
      });
    }
  });
  const regions = body.regions ? [...new Set(body.regions)] : null;
  regions?.forEach((region, i) => {
    if (!provider.knownRegions.includes(region)) {
      issues.push({ path: `regions.${i}`, message: `unknown ${provider.id} region ${region}` });
    }
  });
  const auth = provider.authModeSchema.safeParse(body.auth_mode);
  if (!auth.success) issues.push(...toIssues(auth.error, ['auth_mode']));
  if (issues.length > 0 || !auth.success) throw new ScanRequestError(issues);
  return {
    provider: provider.id,
    services,
    auth_mode: auth.data as ScanRequest['auth_mode'],
    client_id: body.client_id,
    regions,
    options: { ...DEFAULT_SCAN_OPTIONS, ...body.options },
  };
}
