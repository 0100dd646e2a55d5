import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Where Debian's fonts-noto-cjk installs Noto Sans CJK. */
export const DEFAULT_FONT_DIR = '/usr/share/fonts/opentype/noto';
export const FONT_DIR_ENV = 'DOCUMENT_FONT_DIR';

// The .ttc files hold one face per region; the PostScript name picks Simplified Chinese (fc-query lists them).
export const CJK_FACES = {
  regular: { file: 'NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' },
  bold: { file: 'NotoSansCJK-Bold.ttc', postscriptName: 'NotoSansCJKsc-Bold' },
} as const;
export type FontWeight = keyof typeof CJK_FACES;

/** A font parsed by fontkit; pdfkit 0.20 takes it in place of a path or buffer and skips its own parsing. */
export interface ParsedFont {
  readonly postscriptName: string;
  layout(text: string, features?: unknown): GlyphRun;
}

/** The part of fontkit's GlyphRun pdfkit reads; `advanceWidth` is a getter summing the positions. */
interface GlyphRun {
  readonly glyphs: readonly unknown[];
  readonly positions: readonly Record<string, number>[];
}

export type DocumentFonts = Readonly<Record<FontWeight, ParsedFont>>;

export type DocumentFontErrorCode = 'DOCUMENT_FONT_MISSING' | 'DOCUMENT_FONT_UNREADABLE';

export class DocumentFontError extends Error {
  constructor(
    readonly code: DocumentFontErrorCode,
    message: string,
  ) {
    super(message);
  }
}

interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): ParsedFont | null;
}

// Parsed once per folder and process: parsing the 20 MB collections per document would cost ~150 ms each time.
const loaded = new Map<string, DocumentFonts>();

const PRINTABLE_ASCII = String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 0x20 + i));

// Shaped words kept across documents; beyond this many the cache starts over (a few MB at most).
const MAX_CACHED_RUNS = 20_000;

export function resolveFontDir(fontDir?: string): string {
  return fontDir ?? process.env[FONT_DIR_ENV] ?? DEFAULT_FONT_DIR;
}

/**
 * The CJK fonts every document is set in, parsed on first use and cached; call it at boot to take the
 * parsing cost (about a second) off the first document.
 */
export function loadDocumentFonts(fontDir?: string): DocumentFonts {
  const dir = resolveFontDir(fontDir);
  const cached = loaded.get(dir);
  if (cached) return cached;

  const missing = Object.values(CJK_FACES)
    .map((face) => face.file)
    .filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) {
    throw new DocumentFontError(
      'DOCUMENT_FONT_MISSING',
      `CJK font ${missing.join(' and ')} not found in ${dir}: install fonts-noto-cjk ` +
        `(apt-get install fonts-noto-cjk) or set ${FONT_DIR_ENV} to the folder holding ` +
        `${CJK_FACES.regular.file} and ${CJK_FACES.bold.file}`,
    );
  }
  const fontkit = pdfkitFontkit();
  const fonts: DocumentFonts = {
    regular: parseFace(fontkit, dir, 'regular'),
    bold: parseFace(fontkit, dir, 'bold'),
  };
  loaded.set(dir, fonts);
  return fonts;
}

function parseFace(fontkit: Fontkit, dir: string, weight: FontWeight): ParsedFont {
  const { file, postscriptName } = CJK_FACES[weight];
  const path = join(dir, file);
  const data = readFileSync(path);
  let font: ParsedFont | null = null;
  try {
    font = fontkit.create(data, postscriptName);
  } catch {
    // fontkit throws on a file that is no font at all and returns null when the face is missing; both are reported below.
  }
  if (!font) {
    throw new DocumentFontError(
      'DOCUMENT_FONT_UNREADABLE',
      `${path} is not a font collection with the face ${postscriptName}: install fonts-noto-cjk ` +
        `(apt-get install fonts-noto-cjk) or point ${FONT_DIR_ENV} at its Noto Sans CJK collections`,
    );
  }
  // fontkit reads tables lazily; laying out text once parses cmap, GSUB/GPOS and CFF now. It also binds
  // each glyph to the first character seen for it (pdfkit's text layer reads that), so ASCII goes first:
  // a no-break space or hyphen in one document must not turn spaces into U+00A0 in all later ones.
  font.layout(`${PRINTABLE_ASCII} 形式发票`);
  return withSharedLayoutCache(font);
}

/**
 * Shaping a word through Noto CJK's large GSUB tables dominates render time, and pdfkit caches shaped
 * words only per document. Documents repeat the same words (labels, names, products), so the shaped
 * runs are kept for the whole process.
 */
function withSharedLayoutCache(font: ParsedFont): ParsedFont {
  const runs = new Map<string, GlyphRun>();
  const layout = (text: string, features?: unknown): GlyphRun => {
    if (features !== undefined) return font.layout(text, features);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= MAX_CACHED_RUNS) runs.clear();
      run = font.layout(text);
      runs.set(text, run);
    }
    // pdfkit scales the positions it receives in place, so each caller gets its own copy of them.
    const copy: GlyphRun = Object.create(Object.getPrototypeOf(run) as object | null);
    return Object.assign(copy, run, { positions: run.positions.map((position) => ({ ...position })) });
  };
  // Everything else (metrics, glyphs, subsetting) goes to the fontkit font itself.
  return new Proxy(font, {
    get: (target, property) => (property === 'layout' ? layout : Reflect.get(target, property, target)),
  });
}

// pdfkit's own fontkit copy, so the parsed font is exactly the kind pdfkit's embedding code expects
// (fontkit is a dependency of pdfkit, not of this package).
function pdfkitFontkit(): Fontkit {
  const requireFromPdfkit = createRequire(realpathSync(require.resolve('pdfkit')));
  return requireFromPdfkit('fontkit') as Fontkit;
}
