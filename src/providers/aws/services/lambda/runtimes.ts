/**
 * When each Lambda-managed runtime reaches (or reached) its deprecation date: from then on Lambda no
 * longer patches it and functions on it are out of technical support.
 *
 * Source: https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html ("Supported runtimes" and
 * "Deprecated runtimes", column "Deprecation date"), as of 2026-12-01. A runtime missing here is
 * unknown to this table (newer than it, or a typo), never assumed supported.
 */
export const RUNTIME_TABLE_AS_OF = '2026-12-01';

export const RUNTIME_DEPRECATION_DATES: Readonly<Record<string, string>> = {
  'nodejs24.x': '2028-04-30',
  'nodejs22.x': '2027-04-30',
  'nodejs20.x': '2026-04-30',
  'nodejs18.x': '2025-09-01',
  'nodejs16.x': '2024-06-12',
  'nodejs14.x': '2023-12-04',
  'nodejs12.x': '2023-03-31',
  'nodejs10.x': '2021-07-30',
  'nodejs8.10': '2020-03-06',
  'nodejs6.10': '2019-08-12',
  'nodejs4.3': '2020-03-05',
  'nodejs4.3-edge': '2020-03-05',
  nodejs: '2016-10-31',
  'python3.14': '2029-06-30',
  'python3.13': '2029-06-30',
  'python3.12': '2028-10-31',
  'python3.11': '2026-06-30',
  'python3.10': '2026-06-30',
  'python3.9': '2025-12-15',
  'python3.8': '2024-10-14',
  'python3.7': '2023-12-04',
  'python3.6': '2022-07-18',
  'python2.7': '2021-07-15',
  java25: '2029-06-30',
  java21: '2029-06-30',
  java17: '2026-06-30',
  java11: '2026-06-30',
  'java8.al2': '2026-06-30',
  java8: '2024-01-08',
  dotnet10: '2028-11-14',
  dotnet8: '2026-11-10',
  dotnet7: '2024-05-14',
  dotnet6: '2024-11-12',
  'dotnet5.0': '2022-05-10',
  'dotnetcore3.1': '2023-04-03',
  'dotnetcore2.1': '2022-01-05',
  'dotnetcore2.0': '2019-05-30',
  'dotnetcore1.0': '2019-07-27',
  'ruby3.4': '2028-03-31',
  'ruby3.3': '2027-03-31',
  'ruby3.2': '2026-03-31',
  'ruby2.7': '2023-11-27',
  'ruby2.5': '2021-07-30',
  'provided.al2023': '2029-06-30',
  'provided.al2': '2026-06-30',
  provided: '2024-01-08',
  'go1.x': '2024-01-08',
};

/** The runtime's deprecation date (YYYY-MM-DD), or undefined when the table does not know it. */
export function runtimeDeprecationDate(runtime: string): string | undefined {
  return Object.hasOwn(RUNTIME_DEPRECATION_DATES, runtime)
    ? RUNTIME_DEPRECATION_DATES[runtime]
    : undefined;
}
