import { Country, LANGUAGES, LOCAL_SCRIPTS } from './crm-world';
import { Random } from './random';

export interface CompanyName {
  /** As the company writes it, legal form included. */
  name: string;
  /** The distinctive part, for the web domain and e-mails. */
  brand: string;
  /** The name in the country's own script, for some countries. */
  localName: string | null;
}

// Legal forms written before the name.
const LEADING_FORMS = new Set(['PT', 'CV']);
// Languages that usually put the trade first ("Comercial Solvera", "Ferramenta Nordami").
const TRADE_FIRST = new Set(['es', 'it', 'pt', 'fr']);

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Lower-case ASCII letters and digits only: "Müller & Söhne" → "mullersohne". */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[øö]/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

// Syllables joining a brand word's start and end ("Kron" + "en" + "haus"): they multiply the words a
// language yields, so 100,000 companies rarely come one typing slip apart by accident, as in life.
const CONNECTORS_LATIN = ['', '', '', 'a', 'e', 'i', 'o', 'ar', 'en', 'er', 'in', 'on', 'el', 'an', 'is', 'ol', 'ur', 'ex', 'ami', 'ova'];
const CONNECTORS_SYLLABIC = ['', '', '', 'a', 'i', 'o', 'u', 'ya', 'ma', 'na', 'ri', 'ka', 'ta', 'ho', 'sa', 'mi', 'ra', 'no', 'ko', 'wa'];
const SYLLABIC = new Set(['ja', 'ko', 'zh', 'vi', 'th', 'id', 'ar', 'hi']);

/** A made-up brand word of the country's language: "Kron" + "haus", "Wald" + "en" + "berg". */
export function brandWord(country: Country, random: Random): string {
  const language = LANGUAGES[country.language];
  const start = random.pick(language.starts);
  let end = random.pick(language.ends);
  // "Makmurmakmur" reads like a stutter.
  if (end === start.toLowerCase()) end = random.pick(language.ends);
  const connector = random.pick(SYLLABIC.has(country.language) ? CONNECTORS_SYLLABIC : CONNECTORS_LATIN);
  const head = `${start}${connector}`;
  return capitalise(`${head}${head.endsWith(end.charAt(0)) ? end.slice(1) : end}`);
}

/**
 * A company name the way companies of `country` are named: a brand word, a city or a surname with
 * what the company does, and a legal form of the country (or none).
 */
export function companyName(country: Country, random: Random): CompanyName {
  const language = LANGUAGES[country.language];
  const trade = random.pick(language.trades);
  const shape = random.weighted([
    ['brand', 55],
    ['two brands', 15],
    ['surname', 15],
    ['city', 10],
    ['brand only', 5],
  ] as const);
  let brand: string;
  let core: string;
  switch (shape) {
    case 'brand':
      brand = brandWord(country, random);
      core = TRADE_FIRST.has(country.language) && random.chance(0.6) ? `${trade} ${brand}` : `${brand} ${trade}`;
      break;
    case 'two brands':
      brand = `${brandWord(country, random)} ${brandWord(country, random)}`;
      core = `${brand} ${trade}`;
      break;
    case 'surname':
      brand = random.chance(0.3) ? `${random.pick(language.surnames)} & ${random.pick(language.surnames)}` : random.pick(language.surnames);
      core = `${brand} ${trade}`;
      break;
    case 'city':
      brand = `${random.pick(country.cities)} ${brandWord(country, random)}`;
      core = `${brand} ${trade}`;
      break;
    case 'brand only':
      brand = brandWord(country, random);
      core = brand;
      break;
  }
  const form = random.weighted(country.forms);
  const name = !form ? core : LEADING_FORMS.has(form) ? `${form} ${core}` : `${core} ${form}`;
  const script = country.localScript && random.chance(0.5) ? LOCAL_SCRIPTS[country.localScript] : undefined;
  const localName = script
    ? script.form(Array.from({ length: random.int(2, 3) }, () => random.pick(script.syllables)).join(script.join))
    : null;
  return { name, brand, localName };
}

/**
 * The same company written differently, as a second salesperson or a trade-fair list writes it:
 * another spelling of the legal form or none, upper case, "&" for "and", a slip of the keyboard.
 */
export function nameVariant(name: string, random: Random): string {
  const kind = random.weighted([
    ['form', 30],
    ['upper', 15],
    ['punctuation', 20],
    ['slip', 25],
    ['ampersand', 10],
  ] as const);
  switch (kind) {
    case 'form': {
      const swapped = name
        .replace(/\bGmbH\b/, 'G.m.b.H.')
        .replace(/\bCo\., Ltd\.?/, 'Co Ltd')
        .replace(/\bLtd\b\.?/, 'Limited')
        .replace(/\bInc\./, 'Incorporated')
        .replace(/\bS\.A\. de C\.V\./, 'SA de CV')
        .replace(/\bSp\. z o\.o\./, 'sp. z o. o.')
        .replace(/\bS\.r\.l\./, 'SRL')
        .replace(/\bB\.V\./, 'BV')
        .replace(/\bLLC\b/, 'L.L.C.');
      return swapped !== name ? swapped : `${name} Co., Ltd.`;
    }
    case 'upper':
      return name.toUpperCase();
    case 'punctuation':
      return name.replace(/[.,]/g, '').replace(/\s+/g, ' ');
    case 'ampersand':
      return name.includes(' & ') ? name.replace(' & ', ' and ') : name.replace(/ and /i, ' & ');
    case 'slip': {
      // Swap two neighbouring letters in the middle of the first long word.
      const words = name.split(' ');
      const i = words.findIndex((w) => w.length >= 6);
      if (i < 0) return name.toUpperCase();
      const w = words[i];
      const at = random.int(2, w.length - 3);
      words[i] = `${w.slice(0, at)}${w[at + 1]}${w[at]}${w.slice(at + 2)}`;
      return words.join(' ');
    }
  }
}
