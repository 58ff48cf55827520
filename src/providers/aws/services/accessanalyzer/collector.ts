import { AccessAnalyzerClient, paginateListAnalyzers } from '@aws-sdk/client-accessanalyzer';
import type { AwsUnitContext } from '../../define-scanner.js';
import { guardedRead } from '../../read.js';
import type { AccessAnalyzerRegionSnapshot, Analyzer } from './model.js';

/** A region holds a handful of analyzers: one paginated ListAnalyzers of every type. */
export async function collectAccessAnalyzerSnapshot(
  ctx: AwsUnitContext,
): Promise<AccessAnalyzerRegionSnapshot> {
  const client = ctx.clients.get(AccessAnalyzerClient);
  const analyzers = await guardedRead(ctx, 'access-analyzer:ListAnalyzers', async () => {
    const out: Analyzer[] = [];
    for await (const page of paginateListAnalyzers({ client }, {}, { abortSignal: ctx.signal })) {
      for (const a of page.analyzers ?? []) {
        if (!a.arn || !a.name) continue;
        out.push({
          arn: a.arn,
          name: a.name,
          type: a.type ?? 'unknown',
          status: a.status ?? 'unknown',
        });
      }
    }
    return out;
  });
  return { region: ctx.region, analyzers };
}
