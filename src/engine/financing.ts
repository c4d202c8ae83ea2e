/** Monthly payment that repays `principal` over `months` at an annual rate (an annuity). */
export function annuityPayment(principal: number, annualRatePct: number, months: number): number {
  const r = annualRatePct / 100 / 12;
  if (months <= 0) return principal;
  if (r === 0) return principal / months;
  return (principal * r) / (1 - (1 + r) ** -months);
}

/**
 * Loans repaid monthly. Each loan adds its payment from the next month for `months` months;
 * a difference array keeps that O(1) per loan and per month.
 */
export class LoanBook {
  private readonly delta: Float64Array;
  private payment = 0;
  /** The last loan's monthly rate and term, and its 1 − (1 + r)^−months: a run borrows on the same terms every month. */
  private rate = NaN;
  private months = NaN;
  private discount = NaN;
  /**
   * `delta` holds months + 1 slots, owned by the book for the run: zeroed, or the payment changes
   * the record's loans still make, with `payment` the record's payment in its last month.
   */
  constructor(delta: Float64Array, payment = 0) {
    this.delta = delta;
    this.payment = payment;
  }
  /** The payment of the last month asked (the record hands it to the projection). */
  get current(): number {
    return this.payment;
  }
  borrow(t: number, principal: number, annualRatePct: number, months: number): void {
    if (principal <= 0) return;
    const pay = this.paymentOf(principal, annualRatePct, months);
    if (t + 1 < this.delta.length) this.delta[t + 1] += pay;
    if (t + 1 + months < this.delta.length) this.delta[t + 1 + months] -= pay;
  }
  /** annuityPayment, without its power when the terms are the last loan's. */
  private paymentOf(principal: number, annualRatePct: number, months: number): number {
    const r = annualRatePct / 100 / 12;
    if (months <= 0 || r === 0) return annuityPayment(principal, annualRatePct, months);
    if (r !== this.rate || months !== this.months) {
      this.rate = r;
      this.months = months;
      this.discount = 1 - (1 + r) ** -months;
    }
    return (principal * r) / this.discount;
  }
  /** Call once per month in order. */
  paymentAt(t: number): number {
    this.payment += this.delta[t];
    return Math.abs(this.payment) < 1e-12 ? 0 : this.payment;
  }
}
