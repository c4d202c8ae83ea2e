import { describe, expect, it } from 'vitest';
import { annuityPayment, LoanBook } from '../../../src/engine/financing';

describe('an annuity (annuityPayment)', () => {
  it('repays $1,000 over 12 months at 12% a year (1% a month) with $88.85 a month', () => {
    // 10 / (1 − 1.01^−12) = 10 / 0.1125508 = 88.8488
    expect(annuityPayment(1000, 12, 12)).toBeCloseTo(88.8488, 4);
  });
  it('is principal ÷ months at 0%, and the principal at once for no term', () => {
    expect(annuityPayment(1200, 0, 12)).toBe(100);
    expect(annuityPayment(500, 5, 0)).toBe(500);
    expect(annuityPayment(500, 5, -3)).toBe(500);
  });
});

describe('loans repaid monthly (LoanBook)', () => {
  it('pays a loan from the month after it for its term, and nothing after', () => {
    const book = new LoanBook(new Float64Array(6));
    book.borrow(0, 1200, 0, 3);
    expect([0, 1, 2, 3, 4, 5].map((t) => book.paymentAt(t))).toEqual([0, 400, 400, 400, 0, 0]);
    expect(book.current).toBe(0);
  });

  it('starts from the payment handed over, and keeps the last month asked', () => {
    const delta = new Float64Array(4);
    delta[2] = -3; // a record's loan ends in month 2
    const book = new LoanBook(delta, 7);
    expect(book.current).toBe(7);
    expect(book.paymentAt(0)).toBe(7);
    expect(book.paymentAt(1)).toBe(7);
    expect(book.paymentAt(2)).toBe(4);
    expect(book.current).toBe(4);
  });

  it('borrows nothing for no principal, and keeps what falls past its months out', () => {
    const book = new LoanBook(new Float64Array(6));
    book.borrow(0, 0, 10, 12);
    book.borrow(0, -5, 10, 12);
    // from month 4, ending past the book's end: no repayment slot
    book.borrow(3, 1200, 0, 12);
    // in the last month: its first payment falls past the end
    book.borrow(5, 600, 0, 2);
    expect([0, 1, 2, 3, 4, 5].map((t) => book.paymentAt(t))).toEqual([0, 0, 0, 0, 100, 100]);
  });

  it("prices each loan at its own terms, though it remembers the last loan's", () => {
    const book = new LoanBook(new Float64Array(8));
    // 1% a month over 12 months: 88.84879; over 24: 10 / (1 − 1.01^−24) = 47.07347;
    // 2% a month over 24: 20 / (1 − 1.02^−24) = 52.8711; then 1% over 12 again
    book.borrow(0, 1000, 12, 12);
    book.borrow(0, 1000, 12, 24);
    book.borrow(1, 1000, 24, 24);
    book.borrow(2, 1000, 12, 12);
    expect(book.paymentAt(0)).toBe(0);
    expect(book.paymentAt(1)).toBeCloseTo(88.84879 + 47.07347, 4);
    expect(book.paymentAt(2)).toBeCloseTo(88.84879 + 47.07347 + 52.8711, 4);
    expect(book.paymentAt(3)).toBeCloseTo(2 * 88.84879 + 47.07347 + 52.8711, 4);
    // at 0%: principal ÷ months; a loan of no term starts and ends in the same month: nothing paid
    const plain = new LoanBook(new Float64Array(4));
    plain.borrow(0, 90, 0, 3);
    plain.borrow(0, 5, 10, 0);
    expect(plain.paymentAt(1)).toBe(30);
  });

  it('rounds what is left of repaid loans to exactly 0', () => {
    const book = new LoanBook(new Float64Array(8));
    // 0.1/3 + 0.7/3 − 0.1/3 − 0.7/3 leaves 2.8e-17 in floats
    book.borrow(0, 0.1, 0, 3);
    book.borrow(1, 0.7, 0, 3);
    const pays = [0, 1, 2, 3, 4, 5].map((t) => book.paymentAt(t));
    expect(pays[2]).toBeCloseTo(0.8 / 3, 15);
    expect(pays[5]).toBe(0);
    // the payment kept is the sum as it is
    expect(book.current).toBeCloseTo(0, 15);
  });
});
