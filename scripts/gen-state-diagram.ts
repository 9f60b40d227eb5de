/**
 * Writes docs/state-machine.md from the one transition table (services/workflow/src/domain).
 * `node scripts/gen-state-diagram.ts` after changing the table; a test fails until you do.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderStateMachineDoc } from '../services/workflow/src/domain/state-diagram.ts';

const target = fileURLToPath(new URL('../docs/state-machine.md', import.meta.url));
writeFileSync(target, renderStateMachineDoc());
process.stdout.write(`wrote ${target}\n`);
