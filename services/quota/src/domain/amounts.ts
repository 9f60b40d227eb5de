import { LimitUnit, type RequestUnit } from './limit.ts';

/** What a grant reserves or a commit reports, in the units callers send. */
export interface Amounts {
  readonly REQUESTS: number;
  readonly INPUT_TOKENS: number;
  readonly OUTPUT_TOKENS: number;
}

export const ZERO: Amounts = Object.freeze({ REQUESTS: 0, INPUT_TOKENS: 0, OUTPUT_TOKENS: 0 });

/** The cost of `per` units of `unit` is `micros` (e.g. $0.15 per 1M input tokens: 150000 per 1000000). */
export interface Price {
  readonly unit: RequestUnit;
  readonly micros: number;
  readonly per: number;
}

/** Cost in micro-units, rounded up per price line (a provider never bills a fraction down). */
export function costOf(amounts: Amounts, prices: readonly Price[]): number {
  let total = 0;
  for (const p of prices) total += Math.ceil((amounts[p.unit] * p.micros) / p.per);
  return total;
}

/** How many units of `unit` the amounts make: derived units (total tokens, cost) included. */
export function unitsOf(unit: LimitUnit, amounts: Amounts, prices: readonly Price[]): number {
  switch (unit) {
    case LimitUnit.TOTAL_TOKENS:
      return amounts.INPUT_TOKENS + amounts.OUTPUT_TOKENS;
    case LimitUnit.COST_MICROS:
      return costOf(amounts, prices);
    default:
      return amounts[unit];
  }
}

/** `used` where it says, the reservation elsewhere: a commit that omits a unit used what it reserved. */
export function settleAmounts(reserved: Amounts, used: Partial<Amounts>): Amounts {
  return {
    REQUESTS: used.REQUESTS ?? reserved.REQUESTS,
    INPUT_TOKENS: used.INPUT_TOKENS ?? reserved.INPUT_TOKENS,
    OUTPUT_TOKENS: used.OUTPUT_TOKENS ?? reserved.OUTPUT_TOKENS,
  };
}

/** What was used beyond the reservation, per unit (0 where less was used). */
export function overageOf(reserved: Amounts, used: Amounts): Amounts {
  return {
    REQUESTS: Math.max(0, used.REQUESTS - reserved.REQUESTS),
    INPUT_TOKENS: Math.max(0, used.INPUT_TOKENS - reserved.INPUT_TOKENS),
    OUTPUT_TOKENS: Math.max(0, used.OUTPUT_TOKENS - reserved.OUTPUT_TOKENS),
  };
}
