/** Pure: the periods Cost Explorer is asked about, from the scan clock (UTC dates, end exclusive). */

export interface DateRange {
  Start: string;
  End: string;
}

const DAY_MS = 86_400_000;

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

function addMonths(day: string, months: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return isoDay(d);
}

export interface CostPeriods {
  /** The `months` months ending with yesterday's month (today's data is not in yet). */
  monthly: DateRange;
  /** The last 30 full days. */
  daily: DateRange;
  /** From today to the end of the current month. */
  forecast: DateRange;
  /** YYYY-MM of the forecast. */
  forecastMonth: string;
}

export function costPeriods(now: Date, months: number): CostPeriods {
  const today = isoDay(now);
  const yesterday = isoDay(new Date(now.getTime() - DAY_MS));
  return {
    monthly: { Start: addMonths(yesterday, -(months - 1)), End: today },
    daily: { Start: isoDay(new Date(now.getTime() - 30 * DAY_MS)), End: today },
    forecast: { Start: today, End: addMonths(today, 1) },
    forecastMonth: today.slice(0, 7),
  };
}
