import type { AzureUnitContext } from '../../define-scanner.js';
import type { JsonObject } from '../../pipeline.js';
import { guardedRead } from '../../read.js';
import { arr, bool, obj, str, strings } from '../rows.js';
import type { DefenderPlan, DefenderSnapshot, SecurityContact } from './model.js';

export const DEFENDER_PERMISSIONS = [
  'Microsoft.Security/pricings/read',
  'Microsoft.Security/securityContacts/read',
] as const;

export function mapPlan(item: JsonObject): DefenderPlan {
  const p = obj(item.properties);
  const subPlan = str(p.subPlan);
  return {
    name: str(item.name) ?? '',
    tier: str(p.pricingTier) ?? 'Free',
    ...(subPlan ? { subPlan } : {}),
    deprecated: bool(p.deprecated) ?? false,
  };
}

export function mapContact(item: JsonObject): SecurityContact {
  const p = obj(item.properties);
  const sources = arr(p.notificationsSources);
  const alert = sources.find((s) => s.sourceType === 'Alert');
  const attack = sources.find((s) => s.sourceType === 'AttackPath');
  const byRole = obj(p.notificationsByRole);
  const alertSeverity = str(alert?.minimalSeverity);
  const attackRisk = str(attack?.minimalRiskLevel);
  return {
    name: str(item.name) ?? '',
    emails: (str(p.emails) ?? '')
      .split(/[;,]/)
      .map((e) => e.trim())
      .filter(Boolean),
    enabled: bool(p.isEnabled) ?? true,
    notifyRoles: strings(byRole.roles),
    notifyRolesOn: byRole.state === 'On',
    ...(alertSeverity ? { alertMinimalSeverity: alertSeverity } : {}),
    ...(attackRisk ? { attackPathMinimalRiskLevel: attackRisk } : {}),
  };
}

/** Two subscription-level ARM reads (Defender is not in the graph's Resources table). */
export async function collectDefenderSnapshot(ctx: AzureUnitContext): Promise<DefenderSnapshot> {
  const [plans, contacts] = await Promise.all([
    guardedRead(ctx, 'Microsoft.Security/pricings/read', async () =>
      (await ctx.clients.arm.defenderPricings(ctx.signal)).map(mapPlan),
    ),
    guardedRead(ctx, 'Microsoft.Security/securityContacts/read', async () =>
      (await ctx.clients.arm.securityContacts(ctx.signal)).map(mapContact),
    ),
  ]);
  return { subscriptionId: ctx.accountId, plans, contacts };
}
