import { randomFillSync } from 'node:crypto';

// Random bits come from a pool refilled 4 KiB at a time, as Node's randomUUID() does: a call to
// the system's generator per id cost more than everything else an id takes.
const pool = Buffer.alloc(4096);
let offset = pool.length;
function random(n: number): Buffer {
  if (offset + n > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const out = Buffer.from(pool.subarray(offset, offset + n));
  offset += n;
  return out;
}

// Method 1 of RFC 9562 §6.2: within one millisecond, the 12 bits after the version count up
// from a random start, so ids made by this process never go backwards.
let lastMs = -1;
let counter = 0;

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter, then random
 * bits. Ids made later by this process sort later, which keeps outbox rows written in one
 * transaction (they share its `created_at`) in the order they were written, and keeps
 * B-tree inserts at the right edge of the index.
 */
export function uuidv7(): string {
  let now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = random(2).readUInt16BE(0) & 0x7ff;
  } else if (++counter > 0xfff) {
    // 4096 ids in one millisecond: borrow the next millisecond rather than wrap.
    lastMs += 1;
    counter = 0;
  }
  now = lastMs;
  const bytes = random(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
