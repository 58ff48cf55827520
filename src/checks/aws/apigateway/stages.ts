import type { CheckResult } from '../../../core/index.js';
import type {
  RestApi,
  RestStage,
  V2Api,
  V2Stage,
} from '../../../providers/aws/services/apigateway/model.js';
import { unreadable } from '../regional.js';

/**
 * One result per REST stage by `judge` (undefined: the stage is not judged), or one ERROR on the
 * API when its stages could not be read (GetStages, apigateway:GET).
 */
export function* eachRestStage(
  apis: readonly RestApi[],
  judge: (stage: RestStage, what: string) => CheckResult | undefined,
): Generator<CheckResult> {
  for (const api of apis) {
    if (api.stages.state !== 'available') {
      yield unreadable(api.arn, `stages of REST API ${api.name} (GetStages)`, api.stages);
      continue;
    }
    for (const stage of api.stages.value) {
      const result = judge(stage, `stage ${stage.name} of REST API ${api.name}`);
      if (result) yield result;
    }
  }
}

/** The same for HTTP and WebSocket APIs (GetStages of API Gateway v2). */
export function* eachV2Stage(
  apis: readonly V2Api[],
  judge: (stage: V2Stage, what: string, api: V2Api) => CheckResult | undefined,
): Generator<CheckResult> {
  for (const api of apis) {
    const kind = api.protocol === 'WEBSOCKET' ? 'WebSocket' : 'HTTP';
    if (api.stages.state !== 'available') {
      yield unreadable(api.arn, `stages of ${kind} API ${api.name} (GetStages)`, api.stages);
      continue;
    }
    for (const stage of api.stages.value) {
      const result = judge(stage, `stage ${stage.name} of ${kind} API ${api.name}`, api);
      if (result) yield result;
    }
  }
}
