import { describe, expect, it } from 'vitest';
import { validate, variants, type JsonSchema } from './schema';

const mode = (type: string, extra: Record<string, JsonSchema> = {}): JsonSchema => ({
  type: 'object',
  properties: { type: { const: type }, ...extra },
  required: ['type', ...Object.keys(extra)],
});

/** The scan request's `auth_mode` as the API documents it: each provider's union, marked. */
const authModes: JsonSchema = {
  anyOf: [
    {
      'x-provider': 'aws',
      oneOf: [mode('default'), mode('profile', { profile: { type: 'string' } })],
    },
    {
      'x-provider': 'azure',
      oneOf: [mode('default'), mode('service_principal', { client_id: { type: 'string' } })],
    },
  ],
};

describe('auth modes per provider', () => {
  it('offers only the chosen provider’s modes, though two providers both have `default`', () => {
    expect(variants(authModes, 'aws').map((v) => v.tag)).toEqual(['default', 'profile']);
    expect(variants(authModes, 'azure').map((v) => v.tag)).toEqual([
      'default',
      'service_principal',
    ]);
  });

  it('validates a mode against its own provider’s schema', () => {
    expect(validate(authModes, { type: 'profile' }, 'auth_mode', 'aws')).toEqual([
      { path: 'auth_mode.profile', message: expect.any(String) },
    ]);
    expect(validate(authModes, { type: 'profile' }, 'auth_mode', 'azure')).toEqual([
      { path: 'auth_mode.type', message: 'choose one of default, service_principal' },
    ]);
  });
});
