/**
 * What the acm scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const ACM_PERMISSIONS = ['acm:ListCertificates'] as const;
