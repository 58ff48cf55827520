import type { EventDraft } from '../../../../core/index.js';
import { projectId } from '../../ids.js';
import { readError } from '../../read.js';
import { BIGQUERY_METRIC as M } from './metrics.js';
import type { BigQuerySnapshot } from './model.js';

/** Pure: the project's datasets and tables → inventory and security facts on each. */
export function* extractBigQuery(snapshot: BigQuerySnapshot): Generator<EventDraft> {
  const fact = (
    resource_id: string,
    metric_type: string,
    metric_value: EventDraft['metric_value'],
  ) => ({ resource_id, metric_type, metric_value }) satisfies EventDraft;
  for (const dataset of snapshot.datasets) {
    yield fact(dataset.id, M.datasetName, dataset.name);
    yield fact(dataset.id, M.datasetLocation, dataset.location);
    yield fact(dataset.id, M.datasetLabels, dataset.labels);
    if (dataset.details.state !== 'available') {
      yield fact(dataset.id, M.datasetError, readError(dataset.details) as string);
      continue;
    }
    const details = dataset.details.value;
    yield fact(
      dataset.id,
      M.publicMembers,
      details.publicGrants.map((g) => `${g.role}:${g.member}`),
    );
    if (details.defaultKmsKeyName) yield fact(dataset.id, M.defaultCmek, details.defaultKmsKeyName);
  }
  if (snapshot.tables.state !== 'available') {
    yield fact(projectId(snapshot.project), M.tablesError, readError(snapshot.tables) as string);
    return;
  }
  for (const table of snapshot.tables.value) {
    yield fact(table.id, M.tableName, table.name);
    yield fact(table.id, M.tableType, table.type);
    if (table.kmsKeyName) yield fact(table.id, M.tableCmek, table.kmsKeyName);
  }
}
