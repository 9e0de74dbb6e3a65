/** The summed columns of the monthly roll-ups, in the order the triggers add them up. */
export declare const ROLLUP_SUMS: readonly string[];
