import type { LambdaFunction, LambdaPerformance } from './model.js';

/**
 * Idle: not one invocation over the whole window. Only a function unchanged since the window began
 * has been observable over all of it (a function deployed or reconfigured since may simply be new),
 * and only an answered Invocations query counts; otherwise the signal is unknown (undefined).
 */
export function isIdleFunction(
  fn: LambdaFunction,
  performance: LambdaPerformance,
): boolean | undefined {
  if (performance.status !== 'collected') return undefined;
  const invocations = performance.functions[fn.name]?.invocations;
  if (invocations === undefined) return undefined;
  if (invocations > 0) return false;
  if (!fn.lastModified || fn.lastModified > performance.windowStart) return undefined;
  return true;
}

/** Errors per invocation in percent; undefined without invocations or without both sums. */
export function errorRatePercent(errors?: number, invocations?: number): number | undefined {
  if (errors === undefined || invocations === undefined || invocations === 0) return undefined;
  return Math.round((errors / invocations) * 10_000) / 100;
}
