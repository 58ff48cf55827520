import type { EventDraft } from '../../../../core/index.js';
import { readError } from '../../read.js';
import { STORAGE_METRIC as S } from './metrics.js';
import type { StorageSnapshot } from './model.js';

/** Pure: the subscription's storage accounts → events on each account's ARM id. */
export function* extractStorageEvents(snapshot: StorageSnapshot): Generator<EventDraft> {
  for (const a of snapshot.accounts) {
    const fact = (metric_type: string, metric_value: EventDraft['metric_value']): EventDraft => ({
      resource_id: a.id,
      metric_type,
      metric_value,
    });
    yield fact(S.kind, a.kind);
    yield fact(S.sku, a.sku);
    yield fact(S.replication, a.replication);
    yield fact(S.tags, a.tags);
    yield fact(S.httpsOnly, a.httpsOnly);
    yield fact(S.minimumTls, a.minimumTlsVersion);
    yield fact(S.blobPublicAccess, a.allowBlobPublicAccess);
    yield fact(S.sharedKeyAccess, a.allowSharedKeyAccess);
    yield fact(S.publicNetworkAccess, a.publicNetworkAccess);
    yield fact(S.defaultAction, a.networkDefaultAction);
    if (a.blobService.state === 'available') {
      yield fact(S.blobSoftDelete, a.blobService.value.blobSoftDeleteEnabled);
      yield fact(S.versioning, a.blobService.value.versioningEnabled);
    } else {
      yield fact(S.blobServiceError, readError(a.blobService)!);
    }
    yield fact(S.zoneRedundant, a.replication !== 'LRS');
    if (a.production) yield fact(S.lrsOnProduction, a.replication === 'LRS');
  }
}
