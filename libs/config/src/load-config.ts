import { z } from 'zod';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Thrown when the environment does not satisfy a service's schema. The message is one line
 * naming every bad variable and what it should be, so a refused start says exactly why.
 */
export class ConfigError extends Error {
  readonly variables: readonly string[];

  constructor(problems: ReadonlyArray<{ variable: string; problem: string }>) {
    super(`invalid configuration: ${problems.map((p) => `${p.variable} ${p.problem}`).join('; ')}`);
    this.name = 'ConfigError';
    this.variables = problems.map((p) => p.variable);
  }
}

/**
 * Reads the environment once against a schema whose keys are the variable names and returns
 * a frozen, typed result. Only a service's config.ts calls this, with `process.env`.
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: Env): Readonly<z.output<S>> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? '(environment)');
      const got = env[variable];
      const shown = got === undefined ? 'it is not set' : `got ${JSON.stringify(got)}`;
      return { variable, problem: `${describe(issue)} (${shown})` };
    });
    throw new ConfigError(problems);
  }
  return Object.freeze(parsed.data);
}

function describe(issue: z.core.$ZodIssue): string {
  return issue.message.startsWith('must ') ? issue.message : `is invalid: ${issue.message}`;
}
