// Statements run through @sluice/db's bind-parameter path (`?` placeholders), in the entity
// manager's current transaction.
export { query, queryOne } from '@sluice/db';
