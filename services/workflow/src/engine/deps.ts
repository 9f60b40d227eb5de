import type { WaitingClaims } from './waiting-claims.ts';
import type { EngineDefaults } from '../domain/definition.ts';
import type { Emitter } from './emit.ts';
import type { DefinitionCache } from './definition-of.ts';
import type { Admission } from './admission.ts';
import type { OutboxBatch } from '@sluice/messaging';
import type { StatementPool } from '@sluice/db';

/** What every engine operation needs besides its transaction. */
export interface EngineDeps {
  readonly emitter: Emitter;
  readonly defaults: EngineDefaults;
  readonly definitions: DefinitionCache;
  /** The per-tenant queue limit's check, with its per-process estimates. */
  readonly admission: Admission;
  /**
   * Publishes the outbox row a single statement wrote and committed by itself (the fast paths
   * run without a MikroORM transaction, whose commit would publish it).
   */
  readonly publishCommitted: (row: OutboxBatch) => void;
  /** Where the single-statement fast paths run (key lookups only, see createStatementPool). */
  readonly statements: StatementPool;
  /** Workers' claims waiting in this process for a stage's next attempt (sync match on creation). */
  readonly waiting: WaitingClaims;
}
