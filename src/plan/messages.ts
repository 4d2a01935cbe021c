// A plan sentence is data: `{ code, params }`, its text in src/locale/vi.ts and en.ts (the
// "Gap plan" section at the end of each). This file builds the data, and gives the locale
// files one way to read its params.
import type { PlanMessage, PlanMessageCode, PlanMessageParams } from './types.js';
import { formatPlanNumber } from './format-number.js';

type Lang = 'vi' | 'en';

/**
 * Reads a plan message's params in one language: numbers formatted as the language writes them,
 * a localized pair (`unitVi` / `unitEn`) picked. @internal
 */
export interface PlanReader {
  /** A number param (an exact decimal text), formatted for the language. */
  n(name: string): string;
  /** A plain text param, or `''`. */
  s(name: string): string;
  /** A localized param, stored as `<name>Vi` / `<name>En`. */
  t(name: string): string;
  has(name: string): boolean;
}

/** The reader of a plan message's params in one language. @internal */
export function planReader(params: PlanMessageParams, lang: Lang): PlanReader {
  const get = (name: string) => params[name];
  return {
    n: (name) => {
      const v = get(name);
      return v === undefined ? '' : formatPlanNumber(String(v), lang);
    },
    s: (name) => {
      const v = get(name);
      return v === undefined ? '' : String(v);
    },
    t: (name) => {
      const v = get(`${name}${lang === 'vi' ? 'Vi' : 'En'}`);
      return v === undefined ? '' : String(v);
    },
    has: (name) => get(name) !== undefined || get(`${name}Vi`) !== undefined,
  };
}

const OPS: Readonly<Record<string, string>> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' };

/** The comparison of a plan message, as the decrees print it. @internal */
export const planOp = (p: PlanReader): string => OPS[p.s('op')] ?? p.s('op');

/** "1.940/2.000 → 1.960/2.000 = 98%" in the reader's language. @internal */
export const planRatio = (p: PlanReader): string =>
  `${p.n('numerator')}/${p.n('denominator')} → ${p.n('neededNumerator')}/${p.n('denominator')} = ${p.n('afterPercent')}%`;

/**
 * A plan message as data: its code and the params its text is made from (render it with
 * `formatMessage(message, 'vi' | 'en')`).
 * @example
 * formatMessage(planMessage('plan.raise-points', { shortfall: '3', actual: '95', target: '98', op: '>=' }), 'vi');
 * // 'Cần tăng thêm 3 điểm phần trăm: 95% → 98% (yêu cầu ≥ 98%)'
 */
export function planMessage(code: PlanMessageCode, params: PlanMessageParams): PlanMessage {
  return { code, params } as PlanMessage;
}

/**
 * A locale's plan sentences, written over a reader, as the `(params) => text` functions a
 * locale file holds. @internal
 */
export function planSentences(
  sentences: { readonly [C in PlanMessageCode]: (p: PlanReader) => string },
  lang: Lang,
): { readonly [C in PlanMessageCode]: (params: PlanMessageParams) => string } {
  const out = {} as Record<PlanMessageCode, (params: PlanMessageParams) => string>;
  for (const code of Object.keys(sentences) as PlanMessageCode[]) {
    const render = sentences[code];
    out[code] = (params) => render(planReader(isParams(params) ? params : {}, lang));
  }
  return out;
}

const isParams = (value: unknown): value is PlanMessageParams => typeof value === 'object' && value !== null;
