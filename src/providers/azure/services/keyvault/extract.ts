import type { EventDraft } from '../../../../core/index.js';
import { readError } from '../../read.js';
import { KEYVAULT_METRIC as K } from './metrics.js';
import { logsAuditEvents, withoutExpiration, type KeyVaultSnapshot } from './model.js';

export function* extractKeyVaultEvents(snapshot: KeyVaultSnapshot): Generator<EventDraft> {
  for (const v of snapshot.vaults) {
    const fact = (metric_type: string, metric_value: EventDraft['metric_value']): EventDraft => ({
      resource_id: v.id,
      metric_type,
      metric_value,
    });
    yield fact(K.sku, v.sku);
    yield fact(K.tags, v.tags);
    yield fact(K.softDelete, v.softDeleteEnabled);
    yield fact(K.purgeProtection, v.purgeProtectionEnabled);
    yield fact(K.rbac, v.rbacAuthorization);
    yield fact(K.publicNetworkAccess, v.publicNetworkAccess);
    yield fact(K.privateEndpoints, v.privateEndpointCount);
    if (v.diagnosticSettings.state === 'available')
      yield fact(K.auditLogging, v.diagnosticSettings.value.some(logsAuditEvents));
    else yield fact(K.diagnosticsError, readError(v.diagnosticSettings)!);
    if (v.keys.state === 'available') {
      yield fact(K.keyCount, v.keys.value.length);
      yield fact(K.keysWithoutExpiration, withoutExpiration(v.keys.value).length);
    } else yield fact(K.keysError, readError(v.keys)!);
    if (v.secrets.state === 'available') {
      yield fact(K.secretCount, v.secrets.value.length);
      yield fact(K.secretsWithoutExpiration, withoutExpiration(v.secrets.value).length);
    } else yield fact(K.secretsError, readError(v.secrets)!);
  }
}
