import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AWS_ORG_MODULE_TEMPLATE_FILE,
  AWS_SCAN_ROLE_POLICY_FILE,
  AWS_SCAN_ROLE_STACKSET_FILE,
  AZURE_SCAN_ROLE_FILE,
  GCP_SCAN_ROLE_FILE,
  renderScanRoleTemplate,
} from '../../deploy/generate.js';
import { policyDocument, renderPolicy } from '../../src/scanning/permissions.js';
import { ScannerRegistry } from '../../src/scanning/registry.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const stale = 'is stale: run `npm run docs` and commit it';

interface CfnTemplate {
  Parameters: Record<string, unknown>;
  Resources: {
    ScanRole: {
      Properties: {
        AssumeRolePolicyDocument: { Statement: { Condition: unknown; Principal: unknown }[] };
        MaxSessionDuration: unknown;
        Policies: { PolicyDocument: unknown }[];
      };
    };
  };
}

describe('deployment files generated from the scanners’ declarations', () => {
  const registry = new ScannerRegistry();

  it('the Terraform scan role reads exactly what `clouddiagnoze policy --provider aws` prints', () => {
    expect(read(AWS_SCAN_ROLE_POLICY_FILE), `${AWS_SCAN_ROLE_POLICY_FILE} ${stale}`).toBe(
      renderPolicy(registry, 'aws'),
    );
  });

  it('the StackSet template grants the same policy, behind an ExternalId and a session limit', () => {
    const text = read(AWS_SCAN_ROLE_STACKSET_FILE);
    expect(text, `${AWS_SCAN_ROLE_STACKSET_FILE} ${stale}`).toBe(
      renderScanRoleTemplate(policyDocument(registry, 'aws')),
    );
    expect(read(AWS_ORG_MODULE_TEMPLATE_FILE), `${AWS_ORG_MODULE_TEMPLATE_FILE} ${stale}`).toBe(
      text,
    );
    const template = JSON.parse(text) as CfnTemplate;
    const role = template.Resources.ScanRole.Properties;
    expect(role.Policies.map((p) => p.PolicyDocument)).toEqual([policyDocument(registry, 'aws')]);
    expect(role.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({
        Principal: { AWS: { Ref: 'TrustedPrincipalArns' } },
        Condition: { StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } } },
      }),
    ]);
    expect(role.MaxSessionDuration).toEqual({ Ref: 'MaxSessionDuration' });
    expect(template.Parameters.ExternalId).toMatchObject({ NoEcho: true });
  });

  it('the GCP and Azure role modules read exactly what `clouddiagnoze policy` prints for them', () => {
    expect(read(GCP_SCAN_ROLE_FILE), `${GCP_SCAN_ROLE_FILE} ${stale}`).toBe(
      renderPolicy(registry, 'gcp'),
    );
    expect(read(GCP_SCAN_ROLE_FILE)).toMatch(/^title: .*\nstage: GA\nincludedPermissions:\n- /ms);
    expect(read(AZURE_SCAN_ROLE_FILE), `${AZURE_SCAN_ROLE_FILE} ${stale}`).toBe(
      renderPolicy(registry, 'azure'),
    );
    expect(JSON.parse(read(AZURE_SCAN_ROLE_FILE))).toMatchObject({
      IsCustom: true,
      Actions: expect.arrayContaining(['Microsoft.Compute/virtualMachines/read']),
    });
  });
});
