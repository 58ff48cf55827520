/** ARM resource ids: `/subscriptions/S/resourceGroups/G/providers/Ns/type/name[/child/name]`. */

export interface ParsedResourceId {
  subscriptionId?: string;
  resourceGroup?: string;
  provider?: string;
  /** `virtualMachines`, `servers/databases`… */
  type?: string;
  name?: string;
}

export function parseResourceId(id: string): ParsedResourceId {
  const parts = id.split('/').filter(Boolean);
  const out: ParsedResourceId = {};
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!.toLowerCase();
    const value = parts[i + 1];
    if (value === undefined) break;
    if (key === 'subscriptions' && !out.subscriptionId) out.subscriptionId = value;
    else if (key === 'resourcegroups' && !out.resourceGroup) out.resourceGroup = value;
    else if (key === 'providers') {
      out.provider = value;
      const rest = parts.slice(i + 2);
      const types: string[] = [];
      for (let j = 0; j + 1 < rest.length; j += 2) {
        types.push(rest[j]!);
        out.name = rest[j + 1];
      }
      out.type = types.join('/');
      break;
    } else continue;
    i++;
  }
  return out;
}

/** `Microsoft.Compute/virtualMachines` → `virtualMachines`, lower-cased for comparisons. */
export function resourceTypeOf(id: string): string | undefined {
  const parsed = parseResourceId(id);
  if (parsed.provider && parsed.type) return `${parsed.provider}/${parsed.type}`.toLowerCase();
  if (parsed.resourceGroup) return 'resourcegroups';
  if (parsed.subscriptionId) return 'subscriptions';
  return undefined;
}

export function subscriptionScope(subscriptionId: string): string {
  return `/subscriptions/${subscriptionId}`;
}
