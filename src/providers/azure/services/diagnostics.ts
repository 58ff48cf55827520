import type { JsonObject } from '../pipeline.js';
import type { DiagnosticSetting } from './common/model.js';
import { arr, bool, obj, str } from './rows.js';

/** A diagnostic setting as the SDK returns it (properties flattened) or as raw ARM JSON. */
export function mapDiagnosticSetting(value: JsonObject): DiagnosticSetting {
  const p = { ...obj(value.properties), ...value };
  const enabled = arr(p.logs).filter((l) => bool(l.enabled) === true);
  const storageAccountId = str(p.storageAccountId);
  const workspaceId = str(p.workspaceId);
  const eventHub = str(p.eventHubAuthorizationRuleId);
  return {
    id: str(p.id) ?? '',
    name: str(p.name) ?? '',
    ...(storageAccountId ? { storageAccountId } : {}),
    ...(workspaceId ? { workspaceId } : {}),
    ...(eventHub ? { eventHubAuthorizationRuleId: eventHub } : {}),
    enabledCategories: enabled.map((l) => str(l.category)).filter((c): c is string => !!c),
    enabledCategoryGroups: enabled.map((l) => str(l.categoryGroup)).filter((c): c is string => !!c),
  };
}
