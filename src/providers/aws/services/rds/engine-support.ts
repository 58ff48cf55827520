/**
 * End of standard support of RDS and Aurora engine major versions, from the Amazon RDS release
 * calendars (RDS for MySQL, RDS for PostgreSQL, Aurora MySQL and Aurora PostgreSQL release notes).
 * After that date a database runs on paid Extended Support or is upgraded by AWS. Engines and
 * versions absent here emit no end-of-support facts.
 */
export const END_OF_STANDARD_SUPPORT: readonly { engine: string; major: string; date: string }[] = [
  { engine: 'mysql', major: '5.7', date: '2024-02-29' },
  { engine: 'mysql', major: '8.0', date: '2026-07-31' },
  { engine: 'mysql', major: '8.4', date: '2029-07-31' },
  { engine: 'postgres', major: '11', date: '2024-02-29' },
  { engine: 'postgres', major: '12', date: '2025-02-28' },
  { engine: 'postgres', major: '13', date: '2026-02-28' },
  { engine: 'postgres', major: '14', date: '2027-02-28' },
  { engine: 'postgres', major: '15', date: '2028-02-29' },
  { engine: 'postgres', major: '16', date: '2029-02-28' },
  // Aurora MySQL version 2, compatible with MySQL 5.7.
  { engine: 'aurora-mysql', major: '5.7', date: '2024-10-31' },
  { engine: 'aurora-postgresql', major: '11', date: '2024-02-29' },
  { engine: 'aurora-postgresql', major: '12', date: '2025-02-28' },
  { engine: 'aurora-postgresql', major: '13', date: '2026-02-28' },
  { engine: 'aurora-postgresql', major: '14', date: '2027-02-28' },
];

const MYSQL_FAMILY = new Set(['mysql', 'mariadb', 'aurora-mysql']);
const POSTGRES_FAMILY = new Set(['postgres', 'aurora-postgresql']);

/**
 * The major version as the calendars name it: `8.0` for MySQL 8.0.35 or Aurora MySQL
 * 8.0.mysql_aurora.3.05.2, `14` for PostgreSQL 14.9 (but `9.6` before PostgreSQL 10).
 */
export function engineMajorVersion(engine: string, version: string): string | undefined {
  const parts = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (!parts) return undefined;
  const [, major, minor] = parts as unknown as [string, string, string | undefined];
  if (MYSQL_FAMILY.has(engine)) return minor === undefined ? undefined : `${major}.${minor}`;
  if (POSTGRES_FAMILY.has(engine)) {
    if (Number(major) >= 10) return major;
    return minor === undefined ? undefined : `${major}.${minor}`;
  }
  return undefined;
}

/** The end-of-standard-support date (YYYY-MM-DD) of an engine version, when the table knows it. */
export function endOfStandardSupport(engine: string, version: string): string | undefined {
  const major = engineMajorVersion(engine, version);
  if (major === undefined) return undefined;
  return END_OF_STANDARD_SUPPORT.find((e) => e.engine === engine && e.major === major)?.date;
}

const DAY_MS = 86_400_000;

/** Whole calendar days (UTC) from `now` to `date`; negative once the date has passed. */
export function daysUntil(date: string, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((Date.parse(`${date}T00:00:00Z`) - today) / DAY_MS);
}
