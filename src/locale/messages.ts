import type { InputIssueCode } from '../evaluate/issue.js';

/** What an input-issue message is made from. */
export interface IssueMessageData {
  readonly path: string;
  readonly expected: string;
  readonly received: string;
  readonly suggestion?: string;
}

/** One locale's messages for input issues. */
export type IssueMessages = { readonly [K in InputIssueCode]: (d: IssueMessageData) => string };

/** What an indicator reason is made from (already formatted for the locale). */
export interface ReasonMessageData {
  readonly code: string;
  readonly actual: string;
  readonly target: string;
  readonly op: string;
  readonly column: string;
  readonly source: string;
  /** The indicator is a flag (achieved or not), worded without a comparison. */
  readonly flag?: boolean;
  /** Name of the fact, reference or year the rule needed. */
  readonly needed?: string;
  /** Who supplied an override, when one was used. */
  readonly overrideBy?: string;
  /** Verification status label of an unknown target. */
  readonly targetStatus?: string;
  /** Candidates known for an unknown target, formatted. */
  readonly candidates?: string;
  /** A relative target, formatted (e.g. "1.5 × 45 = 67.5"). */
  readonly relative?: string;
}

/** One locale's reason sentences, one per reason code. */
export type ReasonMessages = {
  readonly [K in import('../evaluate/result.js').ReasonCode]: (d: ReasonMessageData) => string;
};
