import { decimal } from '@tradewind/shared';
import {
  DaysTrigger,
  EventTrigger,
  InstallmentTerm,
  PaymentMethod,
  PaymentTerms,
  PaymentTermsError,
  createPaymentTerms,
} from './payment-terms';

type Replacement = readonly [RegExp, string];

// Chinese wording is rewritten into the English vocabulary below, so both languages share one grammar.
// Order matters: compound terms (即期信用证, 付款交单, 预付款) before their parts (信用证, 付款).
const ZH_REPLACEMENTS: readonly Replacement[] = [
  [/[、。；]/g, ','],
  [/即期信用证/g, ' lc at sight '],
  [/即期付款交单/g, ' dp at sight '],
  [/付款交单/g, ' dp '],
  [/承兑交单/g, ' da '],
  [/信用证/g, ' lc '],
  [/电汇/g, ' tt '],
  [/赊销|记账/g, ' oa '],
  [/[见凭]?提单(?:复印件|副本|扫描件)/g, ' against bl copy '],
  [/(?:提单日期|提单日|提单|出运|装运|装船)后(\d+)天/g, ' $1 days after bl '],
  [/(?:发票日期|发票日|发票)后(\d+)天/g, ' $1 days after invoice '],
  [/(\d+)天/g, ' $1 days '],
  [/(?:发货|出货|装运|装船|出运)前/g, ' before shipment '],
  [/定金|订金|预付款|预付|首付/g, ' deposit '],
  [/余款|尾款|余额|剩余/g, ' balance '],
  [/即期/g, ' at sight '],
  [/付款|支付|付清|结清|货款|款项|作为|通过|款|付|以|的|凭|见|和|及|并/g, ' '],
];

const EN_REPLACEMENTS: readonly Replacement[] = [
  [/\bper\s*cent\b|\bpercent\b|\bpct\b/g, '%'],
  // A digit may follow at once ("T/T30/70"), so the code ends at a non-letter, not a word boundary.
  [/\bt\s*\/\s*t(?![a-z])|\bt\.t\.?/g, ' tt '],
  [/\bl\s*\/\s*c(?![a-z])|\bl\.c\.?/g, ' lc '],
  [/\bd\s*\/\s*p(?![a-z])|\bd\.p\.?/g, ' dp '],
  [/\bd\s*\/\s*a(?![a-z])/g, ' da '],
  [/\bo\s*\/\s*a(?![a-z])/g, ' oa '],
  [/\bb\s*\/\s*l\b|\bb\.l\.?|\bbill\s*of\s*lading\b/g, ' bl '],
  [/\b(?:telegraphic|wire|bank|swift)\s*transfer\b|\bwire\b/g, ' tt '],
  [/\bletter\s*of\s*credit\b|\bdocumentary\s*credit\b/g, ' lc '],
  [/\bdocuments?\s*against\s*payment\b|\bcash\s*against\s*documents?\b/g, ' dp '],
  [/\bdocuments?\s*against\s*acceptance\b/g, ' da '],
  [/\bopen\s*account\b/g, ' oa '],
  [/\bsight\s*(lc|dp)\b/g, ' $1 at sight '],
  [/\bcopy\s*of\s*(?:the\s*)?(?:original\s*)?bl\b|\bcopy\s*bl\b|\bbl\s*cop(?:y|ies)\b/g, ' bl copy '],
  [/\bday\b/g, 'days'],
];

const METHOD_TOKEN: Readonly<Record<string, PaymentMethod>> = { tt: 'TT', lc: 'LC', dp: 'DP', da: 'DA', oa: 'OA' };
const ANCHOR = /\d+(?:\.\d+)?\s*%|\b(?:balance|rest|remaining|remainder)\b/g;
// Words that carry no meaning of their own in payment terms ("30% of the total amount by T/T as deposit").
const STOPWORDS =
  /\b(?:payments?|pay|paid|payable|by|via|the|of|in|on|upon|with|as|to|be|is|are|and|total|amount|value|contract|order|invoice|irrevocable|documentary|confirmed|terms?|remit(?:ted)?|due|within|an?|cash|full|from|date|bl)\b/g;
const PUNCTUATION = /[\s,.:;()/\-–—'"]+/g;

type ParsedTrigger = { trigger: EventTrigger } | { trigger: DaysTrigger; days: number; impliedMethod?: PaymentMethod };

interface Clause {
  text: string;
  percentage?: string;
  balance: boolean;
  methods: PaymentMethod[];
  triggers: ParsedTrigger[];
  sight: boolean;
}

/**
 * Reads payment terms as they appear on quotations and import sheets ("T/T 30/70",
 * "30% deposit, balance against B/L copy", "L/C at sight", "Net 30", "30%定金，70%见提单复印件付款").
 * Throws PaymentTermsError naming the words it could not understand rather than guessing.
 *
 * Readings where trade usage is loose: "in advance" is due on order; "T/T 30/70" is a deposit on
 * order and the balance before shipment; a bare "N days" (O/A 60, D/A 90) counts from the B/L date;
 * "Net N" counts from the invoice date; days terms without a method are open account (O/A).
 */
export function parsePaymentTerms(input: string): PaymentTerms {
  let text = normalize(input);
  if (text.replace(PUNCTUATION, '') === '') {
    throw new PaymentTermsError(
      'PAYMENT_TERMS_EMPTY',
      'no payment terms given (e.g. "30% T/T deposit, 70% before shipment")',
      '未填写付款方式（例如“30%电汇定金，70%发货前付款”）',
    );
  }

  const ratio = /^(?:(tt)\s*:?\s*)?(\d+(?:\.\d+)?)\s*%?\s*\/\s*(\d+(?:\.\d+)?)\s*%?(?:\s*(tt))?$/.exec(text);
  if (ratio) {
    return createPaymentTerms([
      { percentage: ratio[2], method: 'TT', trigger: 'on_order' },
      { percentage: ratio[3], method: 'TT', trigger: 'before_shipment' },
    ]);
  }

  // A method written before the first share ("T/T: 30% deposit, 70% ...") applies to every installment.
  let defaultMethod: PaymentMethod | undefined;
  const firstAnchor = text.search(ANCHOR);
  if (firstAnchor > 0) {
    const prefix = text.slice(0, firstAnchor).replace(STOPWORDS, ' ').replace(PUNCTUATION, '');
    if (Object.hasOwn(METHOD_TOKEN, prefix)) {
      defaultMethod = METHOD_TOKEN[prefix];
      text = text.slice(firstAnchor);
    }
  }

  const clauses = text
    .split(/\s*[,;\n]\s*|\s+and\s+|\s*\+\s*|\s+then\s+/)
    .flatMap(splitAtShares)
    .map((clause) => analyzeClause(clause, input))
    .filter(
      (clause) =>
        clause.percentage !== undefined ||
        clause.balance ||
        clause.methods.length > 0 ||
        clause.triggers.length > 0 ||
        clause.sight,
    );

  // A clause that is only a method ("..., by T/T") sets the method for the others.
  const installments: Clause[] = [];
  for (const clause of clauses) {
    const methodOnly =
      clause.percentage === undefined && !clause.balance && clause.triggers.length === 0 && !clause.sight;
    if (methodOnly && clauses.length > 1 && clause.methods.length === 1) {
      if (defaultMethod && defaultMethod !== clause.methods[0]) {
        throw unreadable(
          input,
          `names two payment methods (${defaultMethod} and ${clause.methods[0]}) for all installments`,
          `为所有分期写了两种付款方式（${defaultMethod} 和 ${clause.methods[0]}）`,
        );
      }
      defaultMethod = clause.methods[0];
    } else {
      installments.push(clause);
    }
  }
  if (installments.length === 0) throw unreadable(input, 'has no installment', '没有任何一期付款');

  const percentages = resolvePercentages(installments, input);
  return createPaymentTerms(installments.map((clause, i) => toTerm(clause, percentages[i], defaultMethod, input)));
}

function normalize(input: string): string {
  // NFKC folds full-width digits and punctuation ("３０％，") into ASCII.
  let text = input.normalize('NFKC').toLowerCase();
  for (const [pattern, replacement] of [...ZH_REPLACEMENTS, ...EN_REPLACEMENTS])
    text = text.replace(pattern, replacement);
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits "30% deposit 70% against bl copy" into one clause per share; "balance 70%" stays one share. */
function splitAtShares(piece: string): string[] {
  const starts: number[] = [];
  let previousEnd = -1;
  for (const match of piece.matchAll(ANCHOR)) {
    const start = match.index;
    const joined = previousEnd >= 0 && /^\s*(?:(?:of|the|as|is)\s+)*$/.test(piece.slice(previousEnd, start));
    if (previousEnd >= 0 && !joined) starts.push(start);
    previousEnd = start + match[0].length;
  }
  const bounds = [0, ...starts, piece.length];
  return bounds.slice(0, -1).map((from, i) => piece.slice(from, bounds[i + 1]).trim());
}

function analyzeClause(text: string, input: string): Clause {
  const clause: Clause = { text, balance: false, methods: [], triggers: [], sight: false };
  let rest = text;
  const consume = (pattern: RegExp, onMatch: (groups: string[]) => void): void => {
    rest = rest.replace(pattern, (_match: string, ...groups: unknown[]) => {
      onMatch(groups.filter((g): g is string => typeof g === 'string'));
      return ' ';
    });
  };
  const addMethod = (token: string): void => {
    const method = METHOD_TOKEN[token];
    if (!clause.methods.includes(method)) clause.methods.push(method);
  };

  consume(/(\d+(?:\.\d+)?)\s*%/g, ([value]) => {
    if (clause.percentage !== undefined) throw unreadable(input, `gives two shares in "${display(text)}"`, `在“${display(text)}”中写了两个比例`);
    clause.percentage = value;
  });
  consume(/\bnet\s*(\d+)(?:\s*days)?\b/g, ([days]) =>
    clause.triggers.push({ trigger: 'days_after_invoice', days: Number(days), impliedMethod: 'OA' }),
  );
  consume(
    /\b(\d+)\s*days\s*(?:after|from)\s*(?:the\s*)?(?:date\s*of\s*)?(?:bl|shipment|shipping|loading)(?:\s*date)?\b/g,
    ([days]) => clause.triggers.push({ trigger: 'days_after_bl', days: Number(days) }),
  );
  consume(/\b(\d+)\s*days\s*(?:after|from)\s*(?:the\s*)?(?:date\s*of\s*)?invoice(?:\s*date)?\b/g, ([days]) =>
    clause.triggers.push({ trigger: 'days_after_invoice', days: Number(days) }),
  );
  // "O/A 60", "D/A 90 days": a usance without a named date counts from the B/L.
  consume(/\b(tt|lc|dp|da|oa)\s*(\d+)(?:\s*days)?\b/g, ([token, days]) => {
    addMethod(token);
    clause.triggers.push({ trigger: 'days_after_bl', days: Number(days) });
  });
  consume(/\b(\d+)\s*days\b/g, ([days]) => clause.triggers.push({ trigger: 'days_after_bl', days: Number(days) }));
  consume(/\bat\s*sight\b/g, () => {
    clause.sight = true;
  });
  consume(
    /\b(?:deposit|down\s*payment|(?:payment\s*)?in\s*advance|advanced?(?:\s*payment)?|prepayment|pre-?paid|up\s*front|(?:on|with|upon|after)\s*(?:(?:the\s*)?order|po|confirmation|signing(?:\s*(?:the\s*)?contract)?)(?:\s*confirmation)?)\b/g,
    () => clause.triggers.push({ trigger: 'on_order' }),
  );
  consume(/\b(?:before|prior\s*to)\s*(?:the\s*)?(?:shipment|shipping|loading|delivery|dispatch)\b/g, () =>
    clause.triggers.push({ trigger: 'before_shipment' }),
  );
  consume(
    /\b(?:(?:against|upon|on|after|receipt\s*of|receiving|seeing)\s*)*(?:the\s*)?(?:scanned\s*)?bl\s*copy\b|\bagainst\s*(?:the\s*)?copy\b/g,
    () => clause.triggers.push({ trigger: 'against_bl_copy' }),
  );
  consume(/\b(?:balance|rest|remaining|remainder)\b/g, () => {
    clause.balance = true;
  });
  consume(/\b(tt|lc|dp|da|oa)\b/g, ([token]) => addMethod(token));

  const leftover = rest.replace(STOPWORDS, ' ').replace(/\s+/g, ' ').trim();
  if (leftover.replace(PUNCTUATION, '') !== '') {
    throw unreadable(
      input,
      `has words that could not be understood: "${display(leftover)}" (in "${display(text)}")`,
      `有无法识别的内容：“${display(leftover)}”（在“${display(text)}”中）`,
    );
  }
  return clause;
}

function resolvePercentages(clauses: readonly Clause[], input: string): string[] {
  if (clauses.length === 1) return [clauses[0].percentage ?? '100'];
  const missing = clauses.filter((c) => c.percentage === undefined);
  for (const clause of missing) {
    if (!clause.balance)
      throw unreadable(
        input,
        `does not say what share "${display(clause.text)}" is (e.g. 70% or balance)`,
        `没有写明“${display(clause.text)}”的比例（例如 70% 或 余款）`,
      );
  }
  if (missing.length > 1) throw unreadable(input, 'has more than one balance without a percentage', '有不止一期余款没有写比例');
  const stated = clauses.reduce((sum, c) => (c.percentage === undefined ? sum : sum.plus(c.percentage)), decimal(0));
  const balance = decimal(100).minus(stated);
  if (missing.length === 1 && !balance.greaterThan(0)) {
    throw new PaymentTermsError(
      'PERCENTAGES_NOT_100',
      `payment terms "${input}": the stated shares already add up to ${stated.toFixed()}%, leaving no balance`,
      `付款方式“${input}”：已写明的比例合计 ${stated.toFixed()}%，没有余款可分`,
    );
  }
  return clauses.map((c) => c.percentage ?? balance.toFixed());
}

function toTerm(
  clause: Clause,
  percentage: string,
  defaultMethod: PaymentMethod | undefined,
  input: string,
): InstallmentTerm {
  if (clause.methods.length > 1) {
    throw unreadable(
      input,
      `names two payment methods (${clause.methods.join(' and ')}) in "${display(clause.text)}"`,
      `在“${display(clause.text)}”中写了两种付款方式（${clause.methods.join('、')}）`,
    );
  }
  if (clause.triggers.length > 1) {
    throw unreadable(
      input,
      `gives more than one due point in "${display(clause.text)}"`,
      `在“${display(clause.text)}”中写了不止一个付款时点`,
    );
  }
  const stated = clause.methods[0] ?? defaultMethod;
  const found = clause.triggers[0];

  if (clause.sight) {
    if (found) {
      throw unreadable(
        input,
        `gives both "at sight" and another due point in "${display(clause.text)}"`,
        `在“${display(clause.text)}”中同时写了“即期”和另一个付款时点`,
      );
    }
    if (stated === 'LC') return { percentage, method: 'LC', trigger: 'lc_at_sight' };
    if (stated === 'DP') return { percentage, method: 'DP', trigger: 'dp_at_sight' };
    throw unreadable(
      input,
      `says "at sight" without L/C or D/P in "${display(clause.text)}"`,
      `“${display(clause.text)}”写了“即期”，但没有写信用证（L/C）或付款交单（D/P）`,
    );
  }
  if (!found) {
    // An L/C or D/P without a usance is payable at sight.
    if (stated === 'LC') return { percentage, method: 'LC', trigger: 'lc_at_sight' };
    if (stated === 'DP') return { percentage, method: 'DP', trigger: 'dp_at_sight' };
    throw unreadable(
      input,
      `does not say when "${display(clause.text)}" is due (e.g. deposit, before shipment, against B/L copy, 30 days after B/L, L/C at sight)`,
      `没有写明“${display(clause.text)}”何时付款（例如 定金、发货前、见提单复印件、提单日后30天、即期信用证）`,
    );
  }
  if (found.trigger === 'days_after_bl' || found.trigger === 'days_after_invoice') {
    // Credit after shipment without a named instrument is open account.
    const method = stated ?? found.impliedMethod ?? 'OA';
    return { percentage, method, trigger: found.trigger, days: found.days };
  }
  return { percentage, method: stated ?? 'TT', trigger: found.trigger };
}

/** Writes normalized tokens back in their trade spelling for messages ("tt" → "T/T"). */
function display(text: string): string {
  const spelled: Record<string, string> = { tt: 'T/T', lc: 'L/C', dp: 'D/P', da: 'D/A', oa: 'O/A', bl: 'B/L' };
  return text.replace(/\b(tt|lc|dp|da|oa|bl)\b/g, (token: string) => spelled[token]);
}

function unreadable(input: string, detail: string, detailZh: string): PaymentTermsError {
  return new PaymentTermsError(
    'PAYMENT_TERMS_UNREADABLE',
    `payment terms "${input.trim()}" ${detail}`,
    `付款方式“${input.trim()}”${detailZh}`,
  );
}
