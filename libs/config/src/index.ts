/**
 * Environment read once, validated, frozen.
 *
 * ```ts
 * import { z, loadConfig, fields } from '@sluice/config';
 * const schema = z.object({ DATABASE_URL: fields.url(['postgres:', 'postgresql:']) });
 * const config = loadConfig(schema, process.env); // throws ConfigError naming each bad variable
 * ```
 */
import * as fields from './fields.ts';

export { z } from 'zod';
export { loadConfig, ConfigError } from './load-config.ts';
export { fields };
export type { Env } from './load-config.ts';
