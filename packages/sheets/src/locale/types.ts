import type { SheetExpectation } from '../expectation.js';
import type { SheetIssueCode } from '../issue.js';
import type { MessageParams } from '../messages.js';

/**
 * One language's texts of the package: what each expectation is called, and one sentence per
 * issue code (given the params and the expectation already worded in that language).
 * @internal
 */
export interface SheetLocale {
  readonly expected: { readonly [E in SheetExpectation]: (p: MessageParams) => string };
  readonly messages: { readonly [C in SheetIssueCode]: (p: MessageParams, expected: string) => string };
  /** What the input forms say: header labels (a form writes Vietnamese, English on a second line) and instructions. */
  readonly form: FormTexts;
  /** How a target and an indicator's unit are written in a form. */
  readonly target: TargetTexts;
}

/** The texts of an input form in one language. */
export interface FormTexts {
  readonly wideTitle: (set: string) => string;
  readonly longTitle: (set: string) => string;
  readonly labels: {
    readonly [K in
      | 'stt'
      | 'unitId'
      | 'unitName'
      | 'province'
      | 'year'
      | 'region'
      | 'group'
      | 'code'
      | 'text'
      | 'target'
      | 'unit'
      | 'criterion'
      | 'indicator'
      | 'result'
      | 'numerator'
      | 'denominator'
      | 'note'
      | 'otherFacts']: string;
  };
  readonly yesNo: string;
  readonly instructionsTitle: string;
  readonly instructions: { readonly wide: readonly string[]; readonly long: readonly string[]; readonly cells: readonly string[] };
}

/** The words of a target in one language. */
interface TargetTexts {
  readonly unknown: string;
  readonly met: string;
  readonly notMet: string;
  readonly from: (year: number) => string;
  readonly to: (year: number) => string;
  readonly flagUnit: string;
  readonly count: string;
}
