import { HOURS_PER_MONTH } from '../../pricing.js';
import type { CapacityPrices, DynamoPerformance, DynamoTable } from './model.js';

/** An average month, in days (365 / 12), to scale the window's consumption to a month. */
const DAYS_PER_MONTH = 365 / 12;

/**
 * Unused: not one read or write unit consumed over the whole window. Only a table that existed
 * when the window began has been observable over all of it; otherwise (or without an answer from
 * CloudWatch) the signal is unknown.
 */
export function isUnusedTable(
  table: DynamoTable,
  performance: DynamoPerformance,
): boolean | undefined {
  if (performance.status !== 'collected') return undefined;
  const usage = performance.tables[table.name];
  if (usage?.consumedReadUnits === undefined || usage.consumedWriteUnits === undefined)
    return undefined;
  if (usage.consumedReadUnits + usage.consumedWriteUnits > 0) return false;
  if (!table.createdAt || table.createdAt > performance.windowStart) return undefined;
  return true;
}

/** Provisioned read and write units of the table and all its global secondary indexes. */
export function provisionedUnits(table: DynamoTable): { read: number; write: number } {
  return {
    read: table.capacity.readUnits + table.globalIndexes.reduce((s, i) => s + i.readUnits, 0),
    write: table.capacity.writeUnits + table.globalIndexes.reduce((s, i) => s + i.writeUnits, 0),
  };
}

export interface CapacityWaste {
  reason: 'unused_provisioned_table' | 'on_demand_cheaper';
  provisionedMonthlyUsd: number;
  onDemandMonthlyUsd: number;
  monthlyUsd: number;
  readUnits: number;
  writeUnits: number;
  consumedReadUnitsPerMonth: number;
  consumedWriteUnitsPerMonth: number;
}

const cents = (usd: number): number => Math.round(usd * 100) / 100;

/**
 * What a provisioned table pays over what on-demand would have cost for what it consumed over the
 * window, scaled to a month: its whole capacity when nothing was consumed. Undefined for on-demand
 * tables, without consumption figures, or when provisioned is the cheaper mode. The free tier and
 * reserved capacity are left out: this is the on-demand list price of the difference.
 */
export function capacityWaste(
  table: DynamoTable,
  performance: DynamoPerformance,
  prices: CapacityPrices,
): CapacityWaste | undefined {
  if (table.billingMode !== 'PROVISIONED' || performance.status !== 'collected') return undefined;
  const usage = performance.tables[table.name];
  if (usage?.consumedReadUnits === undefined || usage.consumedWriteUnits === undefined)
    return undefined;
  const units = provisionedUnits(table);
  const provisioned =
    (units.read * prices.readUnitHour + units.write * prices.writeUnitHour) * HOURS_PER_MONTH;
  const scale = DAYS_PER_MONTH / performance.windowDays;
  const reads = usage.consumedReadUnits * scale;
  const writes = usage.consumedWriteUnits * scale;
  const onDemand = reads * prices.readRequestUnit + writes * prices.writeRequestUnit;
  const monthly = cents(provisioned - onDemand);
  if (monthly <= 0) return undefined;
  return {
    reason: reads + writes === 0 ? 'unused_provisioned_table' : 'on_demand_cheaper',
    provisionedMonthlyUsd: cents(provisioned),
    onDemandMonthlyUsd: cents(onDemand),
    monthlyUsd: monthly,
    readUnits: units.read,
    writeUnits: units.write,
    consumedReadUnitsPerMonth: Math.round(reads),
    consumedWriteUnitsPerMonth: Math.round(writes),
  };
}
