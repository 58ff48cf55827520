import { sql } from 'kysely';
import type { ColumnDataType, ColumnDefinitionBuilder, Expression } from 'kysely';
import type { SqlDialect } from '../schema.js';

type DataTypeExpression = ColumnDataType | Expression<unknown>;

/** The only place where the schema differs between SQLite and PostgreSQL. */
export interface ColumnTypes {
  /** A 64-bit integer (event sequence numbers, epoch milliseconds, event counts). */
  bigint: DataTypeExpression;
  /**
   * Text compared byte by byte, so that a metric type prefix is an index range on both dialects
   * (SQLite compares text as bytes already; PostgreSQL's default collation may not).
   */
  bytewiseText: DataTypeExpression;
  /** The type of an auto-numbered primary key, and how to declare it. */
  serialKey: {
    type: DataTypeExpression;
    build: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  };
}

export function columnTypes(dialect: SqlDialect): ColumnTypes {
  switch (dialect) {
    case 'sqlite':
      return {
        bigint: 'integer',
        bytewiseText: 'text',
        serialKey: { type: 'integer', build: (c) => c.primaryKey().autoIncrement() },
      };
    case 'postgres':
      return {
        bigint: 'bigint',
        bytewiseText: sql`text collate "C"`,
        serialKey: { type: 'bigint', build: (c) => c.primaryKey().generatedAlwaysAsIdentity() },
      };
  }
}
