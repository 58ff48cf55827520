import { KEYVAULT, logsAuditEvents } from '../../../providers/azure/services/keyvault/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, unreadResult } from '../support.js';

export default defineCheck({
  id: 'keyvault_audit_logging_enabled',
  scanner: KEYVAULT,
  reads: ['vaults'],
  resource_type: 'AzureKeyVault',
  title: 'Key vault audit events are logged',
  description:
    'A diagnostic setting of the vault sends its AuditEvent logs (or the audit / allLogs group) to a destination.',
  severity: 'medium',
  risk: 'Without audit logs, who read which secret or key, and when, cannot be known after the fact.',
  remediation: {
    text: 'Add a diagnostic setting sending the audit category group to a Log Analytics workspace or storage account.',
    cli: 'az monitor diagnostic-settings create --name audit --resource VAULT_ID --workspace WORKSPACE_ID --logs [{"categoryGroup":"audit","enabled":true}]',
    url: 'https://learn.microsoft.com/azure/key-vault/general/logging',
  },
  compliance: { [CIS]: ['7.1.1.4'] },
  *evaluate(snapshot) {
    for (const v of snapshot.vaults) {
      if (v.diagnosticSettings.state !== 'available') {
        yield unreadResult(v.id, `${v.name}'s diagnostic settings`, v.diagnosticSettings);
        continue;
      }
      const logging = v.diagnosticSettings.value.filter(logsAuditEvents);
      yield logging.length > 0
        ? pass(
            v.id,
            `${v.name} sends its audit events through ${logging.map((s) => s.name).join(', ')}`,
          )
        : fail(v.id, `${v.name} logs no audit events`);
    }
  },
});
