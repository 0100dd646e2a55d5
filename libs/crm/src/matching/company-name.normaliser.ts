import { domainToUnicode } from 'node:url';
import { websiteDomain } from './contact.normalisers';
import { CJK_LEGAL_FORMS, LEGAL_FORMS } from './legal-forms.constants';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`´]/g;
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;
// Anything beyond printable ASCII may carry accents or need folding.
const NON_ASCII = /[^ -~]/;

/**
 * Folds a name into comparable words: NFKC (full-width to half-width), case folded, Latin accents
 * dropped, punctuation to spaces, and runs of single letters joined so "S.A.", "S. A." and "SA" or
 * "A.B.C." and "ABC" read the same.
 */
function foldWords(raw: string): string[] {
  let value = raw.normalize('NFKC').toLowerCase();
  if (NON_ASCII.test(value)) {
    value = value.replace(/ß/g, 'ss').normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
  }
  value = value.replace(APOSTROPHES, '').replace(/&/g, ' and ').replace(SEPARATORS, ' ').trim();
  if (!value) return [];
  const words: string[] = [];
  let letters = '';
  for (const part of value.split(' ')) {
    if (part.length === 1) {
      letters += part;
      continue;
    }
    if (letters) words.push(letters);
    letters = '';
    words.push(part);
  }
  if (letters) words.push(letters);
  return words;
}

type FormIndex = Map<string, string[][]>;

function indexForms(byFirstWord: boolean): FormIndex {
  const index: FormIndex = new Map();
  for (const form of [...LEGAL_FORMS, ...CJK_LEGAL_FORMS]) {
    const words = foldWords(form);
    const key = byFirstWord ? words[0] : words[words.length - 1];
    const forms = index.get(key) ?? [];
    forms.push(words);
    index.set(key, forms);
  }
  // Longest first: "gmbh and co kg" must go before "kg" leaves "gmbh and co" stuck.
  for (const forms of index.values()) forms.sort((a, b) => b.length - a.length);
  return index;
}

const FORMS_BY_LAST_WORD = indexForms(false);
const FORMS_BY_FIRST_WORD = indexForms(true);
const CJK_FORMS = CJK_LEGAL_FORMS.map((form) => form.normalize('NFKC'));

function wordsEqual(words: string[], at: number, form: string[]): boolean {
  for (let i = 0; i < form.length; i++) if (words[at + i] !== form[i]) return false;
  return true;
}

function stripLegalForms(folded: string[]): string[] {
  const words = [...folded];
  let start = 0;
  let end = words.length;
  let changed = true;
  while (changed && start < end) {
    changed = false;
    for (const form of FORMS_BY_LAST_WORD.get(words[end - 1]) ?? []) {
      if (form.length <= end - start && wordsEqual(words, end - form.length, form)) {
        end -= form.length;
        changed = true;
        break;
      }
    }
    if (start >= end) break;
    for (const form of FORMS_BY_FIRST_WORD.get(words[start]) ?? []) {
      if (form.length <= end - start && wordsEqual(words, start, form)) {
        start += form.length;
        changed = true;
        break;
      }
    }
    if (start >= end) break;
    for (const form of CJK_FORMS) {
      const last = words[end - 1];
      if (last.length > form.length && last.endsWith(form)) {
        words[end - 1] = last.slice(0, -form.length);
        changed = true;
        break;
      }
      const first = words[start];
      if (first.length > form.length && first.startsWith(form)) {
        words[start] = first.slice(form.length);
        changed = true;
        break;
      }
    }
  }
  // A name made only of legal forms ("Company Limited") is still a name: keep it folded.
  return start < end ? words.slice(start, end) : folded;
}

/**
 * The comparable form of a company name: folded (see foldWords) and with legal forms removed from
 * both ends, repeatedly: "Shenzhen Acme Co., Ltd." → "shenzhen acme", "PT Maju Jaya Tbk" → "maju jaya".
 * Undefined when the name holds no letters or digits.
 */
export function normaliseCompanyName(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const folded = foldWords(raw);
  if (folded.length === 0) return undefined;
  return stripLegalForms(folded).join(' ');
}

// Second-level labels under which companies register (acme.co.uk, acme.com.cn).
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ltd', 'plc', 'gov', 'edu', 'ac', 'or', 'ne', 'biz']);

/**
 * A display name for a customer known only by its domain: "acme-tools.de" → "Acme Tools",
 * "https://shop.acme.co.uk/x" → "Acme". Undefined when the value is not a domain.
 */
export function displayNameFromDomain(domainOrUrl: string): string | undefined {
  const host = websiteDomain(domainOrUrl);
  if (!host) return undefined;
  const labels = domainToUnicode(host).split('.');
  labels.pop();
  if (labels.length > 1 && GENERIC_SECOND_LEVEL.has(labels[labels.length - 1])) labels.pop();
  const words = labels[labels.length - 1].split(/[-_]+/).filter((word) => word.length > 0);
  if (words.length === 0) return undefined;
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}
