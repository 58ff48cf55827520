import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MetricCatalogue } from '../../../../core/index.js';
import {
  drainEvents,
  fakeClients,
  gcpUnitContext,
  permissionDenied,
  startFakeGoogle,
  valueOf,
  type FakeGoogle,
} from '../../testing/fake-google.js';
import { NEW_KEY, OLD_KEY, PROJECT, SA, saId, serveIam } from './fixtures/rest.js';
import { IAM_METRIC as M } from './metrics.js';
import { iamScanner } from './scanner.js';

let fake: FakeGoogle;
beforeEach(async () => {
  fake = await startFakeGoogle();
  serveIam(fake);
});
afterEach(async () => {
  await fake.close();
});

const scan = () => drainEvents(iamScanner.scan(gcpUnitContext(fakeClients(fake, PROJECT))));
const project = `//cloudresourcemanager.googleapis.com/projects/${PROJECT}`;

describe('iamScanner', () => {
  it('lists accounts in pages, their user-managed keys, and reads the policy at version 3', async () => {
    await scan();

    expect(fake.count(`/v1/projects/${PROJECT}/serviceAccounts`)).toBe(2);
    expect(fake.count(/\/keys$/)).toBe(3);
    const keys = fake.requests.filter((r) => r.path.endsWith('/keys'));
    expect(keys.every((r) => r.query.get('keyTypes') === 'USER_MANAGED')).toBe(true);
    const policy = fake.requests.find((r) => r.path.endsWith(':getIamPolicy'));
    expect(policy?.method).toBe('POST');
    expect(policy?.body).toEqual({ options: { requestedPolicyVersion: 3 } });
  });

  it('reports keys with their age, on the key’s own resource name', async () => {
    const events = await scan();

    expect(valueOf(events, saId(SA.deployer), M.userManagedKeyCount)).toBe(2);
    expect(valueOf(events, `${saId(SA.deployer)}/keys/${OLD_KEY}`, M.keyAgeDays)).toBe(200);
    expect(valueOf(events, `${saId(SA.deployer)}/keys/${NEW_KEY}`, M.keyAgeDays)).toBe(10);
    expect(valueOf(events, saId(SA.compute), M.userManagedKeyCount)).toBe(0);
    expect(valueOf(events, saId(SA.reporting), M.accountDisabled)).toBe(true);
  });

  it('reports primitive roles, project-level impersonation and the audit log configuration', async () => {
    const events = await scan();

    expect(valueOf(events, project, M.primitiveRoleMembers)).toEqual([
      'roles/owner:user:alice@acme.example',
      `roles/owner:serviceAccount:${SA.deployer}`,
      `roles/editor:serviceAccount:${SA.compute}`,
      'roles/viewer:group:auditors@acme.example',
    ]);
    expect(valueOf(events, project, M.serviceAccountUserMembers)).toEqual([
      'roles/iam.serviceAccountUser:group:devs@acme.example',
    ]);
    expect(valueOf(events, project, M.auditConfig)).toEqual({
      allServices: ['ADMIN_READ', 'DATA_WRITE'],
    });
  });

  it('records a denied policy or key listing as data and goes on', async () => {
    fake.on(
      'POST',
      `/v3/projects/${PROJECT}:getIamPolicy`,
      permissionDenied('resourcemanager.projects.getIamPolicy', `projects/${PROJECT}`),
    );
    fake.on(
      'GET',
      /deployer.*\/keys$/,
      permissionDenied('iam.serviceAccountKeys.list', SA.deployer),
    );
    const events = await scan();

    expect(valueOf(events, project, M.policyError)).toBe(
      'cloudresourcemanager.projects.getIamPolicy: PERMISSION_DENIED',
    );
    expect(valueOf(events, saId(SA.deployer), M.keysError)).toBe(
      'iam.projects.serviceAccounts.keys.list: PERMISSION_DENIED',
    );
    expect(valueOf(events, saId(SA.deployer), M.userManagedKeyCount)).toBeUndefined();
    expect(valueOf(events, project, M.primitiveRoleMembers)).toBeUndefined();
  });

  it('emits only declared metric types with their value types', async () => {
    const catalogue = new MetricCatalogue(iamScanner.metrics);
    for (const event of await scan())
      expect(catalogue.problemWith(event.metric_type, event.metric_value)).toBeNull();
  });
});
