import { describe, expect, it } from 'vitest';
import {
  costPerTransaction,
  digitalTakeUp,
  pagopaShare,
  satisfactionScore,
  selfServiceShare,
  sumFigures,
  weightedMean,
} from './measures';
import { makeFigures } from './testing';

/** The two channel shares: which channels each counts, and what each makes of the same months. */
describe.each([
  { name: 'digitalTakeUp', share: digitalTakeUp, counts: 'online and assisted', mixed: 0.8, noPaper: 1 },
  { name: 'selfServiceShare', share: selfServiceShare, counts: 'online only', mixed: 0.6, noPaper: 0.75 },
])('$name', ({ share, counts, mixed, noPaper }) => {
  it(`counts ${counts} over every channel`, () => {
    expect(share({ online: 60, assisted: 20, paper: 20 })).toEqual({ value: mixed, n: 100 });
  });
  it('is null, not zero, when there are no transactions', () => {
    expect(share({ online: 0, assisted: 0, paper: 0 })).toBeNull();
  });
  it('is 0 when everything is on paper', () => {
    expect(share({ online: 0, assisted: 0, paper: 5 })).toEqual({ value: 0, n: 5 });
  });
  it('counts what is not on paper when nothing is', () => {
    expect(share({ online: 3, assisted: 1, paper: 0 })).toEqual({ value: noPaper, n: 4 });
  });
});

describe('pagopaShare', () => {
  it('divides pagoPA payments by all payments', () => {
    expect(pagopaShare({ paymentsTotal: 200, paymentsPagopa: 150 })).toEqual({ value: 0.75, n: 200 });
  });
  it('is null when payments are unknown', () => {
    expect(pagopaShare({ paymentsTotal: null, paymentsPagopa: null })).toBeNull();
    expect(pagopaShare({ paymentsTotal: null, paymentsPagopa: 3 })).toBeNull();
  });
  it('is null when there were no payments', () => {
    expect(pagopaShare({ paymentsTotal: 0, paymentsPagopa: 0 })).toBeNull();
  });
  it('is null when the pagoPA count is unknown', () => {
    expect(pagopaShare({ paymentsTotal: 10, paymentsPagopa: null })).toBeNull();
  });
  it('is 0 when no payment went through pagoPA', () => {
    expect(pagopaShare({ paymentsTotal: 10, paymentsPagopa: 0 })).toEqual({ value: 0, n: 10 });
  });
});

describe('satisfactionScore', () => {
  it('is 1 when everyone gave 5', () => {
    expect(satisfactionScore([0, 0, 0, 0, 7])).toEqual({ value: 1, n: 7 });
  });
  it('is 0 when everyone gave 1', () => {
    expect(satisfactionScore([4, 0, 0, 0, 0])).toEqual({ value: 0, n: 4 });
  });
  it('is 0.5 for a mean of 3', () => {
    expect(satisfactionScore([1, 0, 0, 0, 1])).toEqual({ value: 0.5, n: 2 });
  });
  it('follows (mean − 1) ÷ 4', () => {
    // ratings: 2×4 + 1×5 → mean 13/3
    expect(satisfactionScore([0, 0, 0, 2, 1])?.value).toBeCloseTo((13 / 3 - 1) / 4, 12);
  });
  it('is null without answers', () => {
    expect(satisfactionScore([0, 0, 0, 0, 0])).toBeNull();
    expect(satisfactionScore([])).toBeNull();
  });
});

describe('costPerTransaction', () => {
  it('is in euro per completed transaction', () => {
    expect(costPerTransaction({ costCents: 50_000, online: 80, assisted: 10, paper: 10 })).toEqual({
      value: 5,
      n: 100,
    });
  });
  it('is null when the cost is unknown', () => {
    expect(costPerTransaction({ costCents: null, online: 8, assisted: 0, paper: 0 })).toBeNull();
  });
  it('is null when nothing was completed', () => {
    expect(costPerTransaction({ costCents: 1000, online: 0, assisted: 0, paper: 0 })).toBeNull();
  });
  it('is 0 for a free service', () => {
    expect(costPerTransaction({ costCents: 0, online: 4, assisted: 0, paper: 0 })).toEqual({ value: 0, n: 4 });
  });
});

describe('sumFigures', () => {
  it('adds channels and satisfaction answers', () => {
    const sum = sumFigures([
      makeFigures('2024-01', { online: 1, assisted: 2, paper: 3, satisfaction: [1, 0, 0, 0, 2] }),
      makeFigures('2024-02', { online: 10, assisted: 20, paper: 30, satisfaction: [0, 1, 0, 0, 3] }),
    ]);
    expect(sum).toMatchObject({ online: 11, assisted: 22, paper: 33, satisfaction: [1, 1, 0, 0, 5], months: 2 });
  });
  it('keeps payments null only when every month is null', () => {
    const sum = sumFigures([
      makeFigures('2024-01', { paymentsTotal: null, paymentsPagopa: null }),
      makeFigures('2024-02', { paymentsTotal: 10, paymentsPagopa: 4 }),
    ]);
    expect(sum.paymentsTotal).toBe(10);
    expect(sum.paymentsPagopa).toBe(4);
    expect(sumFigures([makeFigures('2024-01'), makeFigures('2024-02')]).paymentsTotal).toBeNull();
  });
  it('makes the cost null when any month has no cost', () => {
    const sum = sumFigures([makeFigures('2024-01', { costCents: 100 }), makeFigures('2024-02', { costCents: null })]);
    expect(sum.costCents).toBeNull();
  });
  it('adds the cost when every month has it', () => {
    const sum = sumFigures([makeFigures('2024-01', { costCents: 100 }), makeFigures('2024-02', { costCents: 0 })]);
    expect(sum.costCents).toBe(100);
  });
  it('gives zero counts and unknown payments and cost for no months', () => {
    const { month: _month, ...nothing } = makeFigures('2024-01');
    expect(sumFigures([])).toEqual({ ...nothing, months: 0 });
  });
});

describe('weightedMean', () => {
  it('weights by volume, unlike a plain mean of ratios', () => {
    const big = digitalTakeUp({ online: 90, assisted: 0, paper: 10 }); // 0.9 over 100
    const small = digitalTakeUp({ online: 1, assisted: 0, paper: 9 }); // 0.1 over 10
    const rolled = weightedMean([big, small]);
    expect(rolled?.n).toBe(110);
    expect(rolled?.value).toBeCloseTo(91 / 110, 12);
    expect(rolled?.value).not.toBeCloseTo((0.9 + 0.1) / 2, 3);
  });
  it('equals the ratio of the sums', () => {
    const a = { online: 30, assisted: 5, paper: 15 };
    const b = { online: 2, assisted: 1, paper: 7 };
    const sum = { online: 32, assisted: 6, paper: 22 };
    expect(weightedMean([digitalTakeUp(a), digitalTakeUp(b)])?.value).toBeCloseTo(
      digitalTakeUp(sum)?.value ?? Number.NaN,
      12,
    );
  });
  it('skips nulls', () => {
    expect(weightedMean([null, { value: 0.5, n: 4 }, null])).toEqual({ value: 0.5, n: 4 });
  });
  it('is null when nothing remains', () => {
    expect(weightedMean([])).toBeNull();
    expect(weightedMean([null, null])).toBeNull();
  });
  it('is null when every weight is zero', () => {
    expect(weightedMean([{ value: 0.3, n: 0 }])).toBeNull();
  });
});
