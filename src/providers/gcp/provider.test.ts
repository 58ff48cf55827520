import { describe, expect, it } from 'vitest';
import { gcpAuthModeSchema } from './auth.js';
import { gcpProvider } from './provider.js';

describe('gcpProvider', () => {
  it('renders the custom role a scan needs from the scanners’ declared permissions', () => {
    const permissions = [
      ...gcpProvider.permissions.baseline({ type: 'adc', organization_id: '1234' }),
      ...gcpProvider.scanners.flatMap((s) => s.permissions),
    ];
    const yaml = gcpProvider.permissions.render(permissions);

    expect(yaml.split('\n').slice(0, 4)).toEqual([
      'title: CloudDiagnoze read-only scan',
      expect.stringMatching(/^description: /),
      'stage: GA',
      'includedPermissions:',
    ]);
    expect(yaml).toContain('\n- compute.instances.list\n');
    expect(yaml).toContain('\n- resourcemanager.folders.list\n');
    expect(yaml).toContain('\n- cloudasset.assets.searchAllIamPolicies\n');
    const listed = yaml.split('\n').filter((l) => l.startsWith('- '));
    expect(listed).toEqual([...new Set(listed)].sort());
    expect(gcpProvider.permissions.baseline({ type: 'adc', project_id: 'acme-prod' })).toEqual([]);
  });

  it('builds auth modes from the scan command’s flags, validated by the schema', () => {
    const fromFlags = (flags: Record<string, unknown>) =>
      gcpAuthModeSchema.parse(gcpProvider.cli.authFromFlags(flags));

    expect(fromFlags({ gcpOrganization: '1234', gcpLabels: 'env=prod,team=web' })).toEqual({
      type: 'adc',
      organization_id: '1234',
      labels: { env: 'prod', team: 'web' },
    });
    expect(
      fromFlags({
        gcpImpersonate: 'scanner@acme-sec.iam.gserviceaccount.com',
        gcpKeyFile: '/keys/ci.json',
        gcpProjects: 'acme-prod, acme-dev',
      }),
    ).toEqual({
      type: 'impersonation',
      target_service_account: 'scanner@acme-sec.iam.gserviceaccount.com',
      key_file: '/keys/ci.json',
      project_ids: ['acme-prod', 'acme-dev'],
    });
    expect(() =>
      gcpProvider.cli.authFromFlags({ gcpKeyFile: 'a.json', gcpExternalAccountFile: 'b.json' }),
    ).toThrow('use one of --gcp-key-file, --gcp-external-account-file, not several');
    expect(() => gcpProvider.cli.authFromFlags({ gcpLabels: 'env' })).toThrow(
      '--gcp-labels takes key=value pairs, got env',
    );
  });

  it('reads a short resource type from a full resource name', () => {
    const typeOf = gcpProvider.resourceIds.typeOf;
    expect(typeOf('//compute.googleapis.com/projects/p/zones/europe-west1-b/instances/web-1')).toBe(
      'instance',
    );
    expect(typeOf('//compute.googleapis.com/projects/p/global/firewalls/allow-ssh')).toBe(
      'firewall',
    );
    expect(typeOf('//storage.googleapis.com/acme-logs')).toBe('bucket');
    expect(typeOf('//cloudsql.googleapis.com/projects/p/instances/db')).toBe('sql_instance');
    expect(typeOf('//cloudresourcemanager.googleapis.com/projects/p')).toBe('project');
    expect(typeOf('arn:aws:s3:::bucket')).toBeUndefined();
    expect(
      gcpProvider.resourceIds.scope({ accountId: 'p', region: 'global', service: 'iam' }),
    ).toBe('//cloudresourcemanager.googleapis.com/projects/p');
  });

  it('declares every scanner project-wide, with gcp metric names and permissions', () => {
    for (const scanner of gcpProvider.scanners) {
      expect(scanner.scope).toBe('global');
      expect(scanner.permissions.length).toBeGreaterThan(0);
      for (const m of scanner.metrics) expect(m.name.startsWith(`gcp.`)).toBe(true);
    }
    expect(gcpProvider.secretFields).toEqual(['credentials_json', 'access_token']);
  });
});
