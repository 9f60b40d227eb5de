import { Migration } from '@mikro-orm/migrations';
import type { MigrationEntry } from './create-orm.ts';

/**
 * A migration made of SQL text. Every session's `search_path` is the service's schema, so
 * unqualified names land there; `up` also receives the schema name (a checked lower-case
 * identifier, safe to splice in) for SQL that must name it, such as `outboxMigrationSql`.
 *
 * ```ts
 * sqlMigration('0001_workflows', (schema) => ['create table workflow (id uuid primary key)', ...outboxMigrationSql(schema)])
 * ```
 * The name is what the migrations table records; never rename a shipped migration.
 */
export function sqlMigration(name: string, up: (schema: string) => string | readonly string[]): MigrationEntry {
  class SqlMigration extends Migration {
    override up(): void {
      const schema = this.config.get('schema') ?? 'public';
      const statements = up(schema);
      for (const sql of typeof statements === 'string' ? [statements] : statements) this.addSql(sql);
    }
  }
  return { name, class: SqlMigration };
}
