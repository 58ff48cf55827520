/**
 * What the accessanalyzer scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const ACCESSANALYZER_PERMISSIONS = ['access-analyzer:ListAnalyzers'] as const;
