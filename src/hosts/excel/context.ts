/**
 * How the Office.js host reaches Excel. Production passes `Excel.run` and Office's requirement-set check;
 * tests pass the in-memory Excel, so every function of this host is exercised without Office.
 */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions) => Promise<T>;

/**
 * Every Excel.run of this host: while the user is typing in a cell, Excel waits until they leave the cell instead
 * of failing the request (Excel.RunOptions.delayForCellEdit; without it "the batch automatically fails").
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

export interface ExcelEnvironment {
  run: ExcelRunner;
  /** Office.context.requirements.isSetSupported, checked at run time (not every Excel has every API set). */
  isSetSupported(name: string, version: string): boolean;
}

/** Excel on the web rejects requests above 5 MB; stay well below so a request's framing never tips it over. */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;
/** Excel rejects `getRanges` address strings longer than 8,192 characters. */
export const ADDRESS_LIMIT_CHARS = 8192;

/** The live Office.js environment; only called when Office.onReady reported Excel. */
export function officeEnvironment(): ExcelEnvironment {
  return {
    run: (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
