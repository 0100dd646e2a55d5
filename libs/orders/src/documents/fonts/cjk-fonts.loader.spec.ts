import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_FONT_DIR, DocumentFontError, FONT_DIR_ENV, loadDocumentFonts, resolveFontDir } from './cjk-fonts.loader';

describe('loadDocumentFonts', () => {
  const savedEnv = process.env[FONT_DIR_ENV];
  afterEach(() => {
    if (savedEnv === undefined) delete process.env[FONT_DIR_ENV];
    else process.env[FONT_DIR_ENV] = savedEnv;
  });

  it('loads the Simplified Chinese faces of Noto Sans CJK once per process', () => {
    const fonts = loadDocumentFonts(DEFAULT_FONT_DIR);

    expect(fonts.regular.postscriptName).toBe('NotoSansCJKsc-Regular');
    expect(fonts.bold.postscriptName).toBe('NotoSansCJKsc-Bold');
    expect(loadDocumentFonts(DEFAULT_FONT_DIR)).toBe(fonts);
  });

  it('binds glyphs shared with look-alike characters to the ASCII character, whatever a document uses first', () => {
    const { regular } = loadDocumentFonts(DEFAULT_FONT_DIR);
    // Noto Sans CJK draws U+00A0 with the space glyph and U+2011 with the hyphen glyph.
    const run = regular.layout('A\u00a0B\u2011C') as unknown as { glyphs: { codePoints: number[] }[] };

    expect(run.glyphs.map((glyph) => glyph.codePoints)).toEqual([[0x41], [0x20], [0x42], [0x2d], [0x43]]);
  });

  it('takes the folder from the option, then DOCUMENT_FONT_DIR, then the Debian path', () => {
    delete process.env[FONT_DIR_ENV];
    expect(resolveFontDir()).toBe('/usr/share/fonts/opentype/noto');
    process.env[FONT_DIR_ENV] = '/opt/fonts';
    expect(resolveFontDir()).toBe('/opt/fonts');
    expect(resolveFontDir('/srv/fonts')).toBe('/srv/fonts');
  });

  it('says to install fonts-noto-cjk when the folder lacks the font files', () => {
    process.env[FONT_DIR_ENV] = '/nonexistent/fonts';
    expect(() => loadDocumentFonts()).toThrow(DocumentFontError);
    expect(() => loadDocumentFonts()).toThrow(
      'CJK font NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc not found in /nonexistent/fonts: install fonts-noto-cjk ' +
        '(apt-get install fonts-noto-cjk) or set DOCUMENT_FONT_DIR to the folder holding NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc',
    );
  });

  it('refuses font files that are not the Noto Sans CJK collections', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradewind-fonts-'));
    try {
      writeFileSync(join(dir, 'NotoSansCJK-Regular.ttc'), 'not a font');
      writeFileSync(join(dir, 'NotoSansCJK-Bold.ttc'), 'not a font');
      expect(() => loadDocumentFonts(dir)).toThrow(/install fonts-noto-cjk/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
