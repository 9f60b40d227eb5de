import { SluiceError } from '@sluice/errors';

/** The parts of a `postgresql://` URL that the ORM and error messages need. */
export interface DatabaseTarget {
  /** The URL with an explicit port, as MikroORM reads it. */
  readonly clientUrl: string;
  readonly host: string;
  readonly port: number;
  readonly database: string;
}

/**
 * Thrown when DATABASE_URL is not a postgres URL. MikroORM 7 reads the port as `+url.port`,
 * which is 0 (not 5432) when the URL omits it, so the default port is written in here.
 */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw SluiceError.invalidArgument('the database URL is not a valid URL', { url: redact(url) });
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
    throw SluiceError.invalidArgument(`the database URL must start with postgresql://, not ${parsed.protocol}//`);
  }
  if (parsed.port === '') parsed.port = '5432';
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (database === '') throw SluiceError.invalidArgument('the database URL names no database', { url: redact(url) });
  return { clientUrl: parsed.toString(), host: parsed.hostname, port: Number(parsed.port), database };
}

/** The URL without its password, for messages and logs. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
}
