import { INCOTERM_CODES, INCOTERM_RULES, IncotermCode, isIncotermCode } from './incoterm-rules';

export interface ParsedIncoterm {
  code: IncotermCode;
  /** The named place as written (e.g. "Ningbo Port", "宁波"); null when the text names none. */
  place: string | null;
}

export type IncotermParseErrorCode =
  'INCOTERM_EMPTY' | 'INCOTERM_UNKNOWN' | 'INCOTERM_OUTDATED' | 'INCOTERM_EDITION_UNSUPPORTED';

export class IncotermParseError extends Error {
  constructor(
    readonly code: IncotermParseErrorCode,
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}

const VALID_LIST = INCOTERM_CODES.join(', ');

// Codes from older editions that people still type; each maps to its Incoterms 2020 successor.
const OUTDATED: Readonly<Record<string, { successor: IncotermCode; edition: string }>> = {
  DAT: { successor: 'DPU', edition: '2020' },
  DDU: { successor: 'DAP', edition: '2010' },
  DAF: { successor: 'DAP', edition: '2010' },
  DES: { successor: 'DAP', edition: '2010' },
  DEQ: { successor: 'DPU', edition: '2010' },
};

// Trade shorthand for CFR that predates the official code.
const ALIASES: Readonly<Record<string, IncotermCode>> = { 'C&F': 'CFR', CNF: 'CFR', CANDF: 'CFR' };

// Chinese trade names, longest first so "成本、保险费加运费" wins over "成本加运费".
const CHINESE_NAMES: readonly (readonly [string, IncotermCode])[] = (
  [
    ...INCOTERM_CODES.map((code) => [INCOTERM_RULES[code].name.zh, code] as const),
    ['成本保险费加运费', 'CIF'],
    ['到岸价', 'CIF'],
    ['离岸价', 'FOB'],
    ['出厂价', 'EXW'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

// "Incoterms 2020", "Incoterms® 2020", "(Incoterms 2010)" at either end of the text.
const EDITION_SUFFIX = /[\s,;(]*incoterms?\s*®?\s*(\d{4})?\s*\)?\s*$/i;
const EDITION_PREFIX = /^\s*\(?\s*incoterms?\s*®?\s*(\d{4})?\s*\)?[\s,:;-]*/i;

/**
 * Reads what people type in a quotation or an import sheet: "FOB Shanghai", "cif hamburg",
 * "FOB 宁波", "宁波FOB", "FCA Shenzhen Incoterms® 2020". Throws IncotermParseError otherwise.
 */
export function parseIncoterm(input: string): ParsedIncoterm {
  // NFKC folds full-width letters, digits and punctuation ("ＦＯＢ，宁波") into ASCII.
  let text = input.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (text === '') throw emptyError();

  const edition = EDITION_SUFFIX.exec(text)?.[1] ?? EDITION_PREFIX.exec(text)?.[1];
  if (edition !== undefined && edition !== '2020') {
    throw new IncotermParseError(
      'INCOTERM_EDITION_UNSUPPORTED',
      `"${input}" refers to Incoterms ${edition}; Tradewind applies Incoterms 2020 — restate the term under Incoterms 2020`,
      `"${input}" 引用的是 Incoterms ${edition}；本系统按 Incoterms 2020 执行，请按 2020 版重新填写贸易术语`,
    );
  }
  text = text.replace(EDITION_SUFFIX, '').replace(EDITION_PREFIX, '').trim();
  if (text === '') throw emptyError();

  const leading = /^([a-z&]{3,5})(?![a-z])(.*)$/i.exec(text);
  if (leading) {
    const code = resolveCode(leading[1]);
    if (code) return { code, place: cleanPlace(leading[2]) };
  }

  for (const [name, code] of CHINESE_NAMES) {
    if (text.startsWith(name)) return { code, place: cleanPlace(text.slice(name.length)) };
  }

  // Chinese quotations often put the place first: "宁波FOB", "Shanghai FOB".
  const trailing = /^(.*?)(?<![a-z])([a-z&]{3,5})$/i.exec(text);
  if (trailing) {
    const code = resolveCode(trailing[2]);
    if (code) return { code, place: cleanPlace(trailing[1]) };
  }

  const token = (leading?.[1] ?? text.split(' ')[0]).toUpperCase();
  throw unknownError(input, token);
}

/** The form the ICC recommends on documents: "FOB Shanghai Incoterms® 2020"; parses back to the same term. */
export function formatIncoterm(term: ParsedIncoterm): string {
  return term.place ? `${term.code} ${term.place} Incoterms® 2020` : `${term.code} Incoterms® 2020`;
}

function resolveCode(token: string): IncotermCode | undefined {
  const upper = token.toUpperCase();
  if (isIncotermCode(upper)) return upper;
  return ALIASES[upper];
}

function cleanPlace(raw: string): string | null {
  const place = raw.replace(/^[\s,:;/\-–—]+/, '').replace(/[\s,;.]+$/, '');
  return place === '' ? null : place;
}

function emptyError(): IncotermParseError {
  return new IncotermParseError(
    'INCOTERM_EMPTY',
    `no Incoterm given; write a rule and a named place, e.g. "FOB Shanghai" (valid rules: ${VALID_LIST})`,
    `未填写贸易术语；请填写术语和指定地点，例如 "FOB Shanghai"（可用术语：${VALID_LIST}）`,
  );
}

function unknownError(input: string, token: string): IncotermParseError {
  const outdated = OUTDATED[token];
  if (outdated) {
    return new IncotermParseError(
      'INCOTERM_OUTDATED',
      `${token} is not an Incoterms 2020 rule (dropped in Incoterms ${outdated.edition}); use ${outdated.successor} instead`,
      `${token} 不是 Incoterms 2020 术语（${outdated.edition} 版已取消），请改用 ${outdated.successor}`,
    );
  }
  const suggestion = INCOTERM_CODES.find((code) => editDistanceAtMostOne(code, token));
  const hint = suggestion ? ` Did you mean ${suggestion}?` : '';
  const hintZh = suggestion ? `是否应为 ${suggestion}？` : '';
  return new IncotermParseError(
    'INCOTERM_UNKNOWN',
    `"${input}" does not start with an Incoterms 2020 rule; valid rules are ${VALID_LIST}.${hint}`,
    `无法识别贸易术语 "${input}"；可用的 Incoterms 2020 术语为 ${VALID_LIST}。${hintZh}`,
  );
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
