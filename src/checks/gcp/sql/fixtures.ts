import type { SqlInstance, SqlSnapshot } from '../../../providers/gcp/services/sql/model.js';
import { PROJECT } from '../testing.js';

export function db(name: string, overrides: Partial<SqlInstance> = {}): SqlInstance {
  return {
    id: `//cloudsql.googleapis.com/projects/${PROJECT}/instances/${name}`,
    name,
    databaseVersion: 'POSTGRES_15',
    engine: 'postgres',
    region: 'europe-west1',
    state: 'RUNNABLE',
    tier: 'db-custom-2-7680',
    activationPolicy: 'ALWAYS',
    availabilityType: 'REGIONAL',
    diskSizeGb: 100,
    labels: {},
    publicIpEnabled: false,
    publicIpAddresses: [],
    authorizedNetworks: [],
    sslMode: 'ENCRYPTED_ONLY',
    backupsEnabled: true,
    pointInTimeRecovery: true,
    flags: {},
    ...overrides,
  };
}

export const snapshot = (instances: SqlInstance[]): SqlSnapshot => ({
  project: PROJECT,
  instances,
  performance: { state: 'available', value: {} },
});
