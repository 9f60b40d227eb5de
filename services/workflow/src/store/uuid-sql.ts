/**
 * A UUID version 7 (RFC 9562) made by PostgreSQL 15, which has no uuidv7(): the first 48 bits of
 * a random (v4) UUID replaced by the Unix time in milliseconds, the version nibble set to 7.
 * For ids that go into B-tree indexes (stage attempts made inside a statement): time-ordered
 * keys land on the index's rightmost pages, where random ones dirty a page anywhere in it for
 * every insert, and write it whole into the WAL after each checkpoint.
 */
export const UUID_V7_SQL = `encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
  placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid`;
