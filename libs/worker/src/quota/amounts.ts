import type { QuotaUnit, UnitAmount, UnitAmount__Output } from '@sluice/contracts';

/** Units a call spends: an estimate before it (reserved), or what it really used after. */
export interface QuotaAmounts {
  readonly requests?: number;
  readonly input_tokens?: number;
  readonly output_tokens?: number;
}

const UNITS = {
  requests: 'QUOTA_UNIT_REQUESTS',
  input_tokens: 'QUOTA_UNIT_INPUT_TOKENS',
  output_tokens: 'QUOTA_UNIT_OUTPUT_TOKENS',
} as const satisfies Record<keyof QuotaAmounts, QuotaUnit>;

type Field = keyof typeof UNITS;
const FIELDS = Object.keys(UNITS) as Field[];

/**
 * Checks amounts a stage gave (an estimate, a recorded usage) and rounds them up to whole
 * units (an estimate like `text.length / 4` is fractional; a reservation never falls short by
 * a fraction). Only the three units the SDK knows, from 0 up; `what` names them in the TypeError.
 */
export function checkAmounts(amounts: QuotaAmounts, what: string): QuotaAmounts {
  if (typeof amounts !== 'object' || amounts === null) throw new TypeError(`${what} must be an object like { requests: 1, input_tokens: 500 }, not ${String(amounts)}`);
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(amounts)) {
    if (!(FIELDS as string[]).includes(key)) throw new TypeError(`${what}: unknown unit ${JSON.stringify(key)} (use ${FIELDS.join(', ')})`);
    if (value === undefined) continue;
    if (!(typeof value === 'number' && Number.isFinite(value) && value >= 0 && Math.ceil(value) <= Number.MAX_SAFE_INTEGER)) {
      throw new TypeError(`${what}: ${key} must be a number from 0 up, not ${String(value)}`);
    }
    out[key] = Math.ceil(value);
  }
  return out;
}

/** The request's repeated UnitAmount; units left out or 0 are not sent (nothing to reserve). */
export function toUnitAmounts(amounts: QuotaAmounts): UnitAmount[] {
  return FIELDS.filter((f) => (amounts[f] ?? 0) > 0).map((f) => ({ unit: UNITS[f], amount: amounts[f]! }));
}

/**
 * What CommitGrant settles: every unit the grant reserved, at what `used` says or else at
 * the reservation (the service would count an unset unit as reserved anyway; sending it
 * makes the ledger say what the SDK decided).
 */
export function toUsed(reserved: QuotaAmounts, used: QuotaAmounts): UnitAmount[] {
  return FIELDS.filter((f) => reserved[f] !== undefined || used[f] !== undefined).map((f) => ({ unit: UNITS[f], amount: used[f] ?? reserved[f] ?? 0 }));
}

/** A grant's UnitAmounts as QuotaAmounts (cost and total tokens, which the service derives, left out). */
export function fromUnitAmounts(amounts: readonly UnitAmount__Output[]): QuotaAmounts {
  const out: Record<string, number> = {};
  for (const a of amounts) {
    const field = FIELDS.find((f) => UNITS[f] === a.unit);
    if (field !== undefined) out[field] = Number(a.amount);
  }
  return out;
}

/** Adds usage recorded in parts (ctx.quota.use called more than once). */
export function addAmounts(a: QuotaAmounts, b: QuotaAmounts): QuotaAmounts {
  const out: Record<string, number> = { ...a } as Record<string, number>;
  for (const f of FIELDS) if (b[f] !== undefined) out[f] = (a[f] ?? 0) + b[f];
  return out;
}
