/**
 * Money as integer cents. A line's cents come from exact integer arithmetic on the quantity (in
 * thousandths) and the unit price (in billionths of a dollar), rounded half up once, so the same
 * inputs always give the same cents and the lines add up to the total shown.
 */
const QUANTITY_SCALE = BigInt(1_000);
const PRICE_SCALE = BigInt(1_000_000_000);
// thousandths × billionths of a dollar → cents: divide by 1000 × 1e9 / 100.
const TO_CENTS = (QUANTITY_SCALE * PRICE_SCALE) / BigInt(100);

export function lineCents(quantity: number, unitPriceUsd: number): number {
  const q = BigInt(Math.round(quantity * 1_000));
  const p = BigInt(Math.round(unitPriceUsd * 1_000_000_000));
  const product = q * p;
  return Number((product + TO_CENTS / BigInt(2)) / TO_CENTS);
}

const USD = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/** 12345 → "$123.45". */
export function formatCents(cents: number): string {
  return USD.format(cents / 100);
}

/** A unit price as published, e.g. 0.004445 → "$0.004445" (no rounding to cents). */
export function formatUnitPrice(usd: number): string {
  return `$${usd.toString()}`;
}
