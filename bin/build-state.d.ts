export type BuildTarget = 'server' | 'web';
export type BuildState = 'missing' | 'stale' | 'current' | 'prebuilt';
export const ROOT: string;
export const TARGETS: Record<BuildTarget, { sources: string[]; stamp: string }>;
export function newestMtime(path: string): number;
export function buildState(target: BuildTarget, root?: string): BuildState;
