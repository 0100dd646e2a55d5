import { FontWeight } from '../fonts';

// A4 in points, laid out by hand: the document has no pdfkit margins, so pdfkit never breaks a page on
// its own and every page break (with its repeated table header) is decided here.
export const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 40;
const FOOTER_HEIGHT = 24;

export const COLORS = { text: '#1a1a1a', muted: '#555555', rule: '#b5b5b5', fill: '#e9edf2' } as const;

export type Align = 'left' | 'right' | 'center';

export interface TextStyle {
  weight?: FontWeight;
  size?: number;
  align?: Align;
  color?: string;
}

const DEFAULT_SIZE = 9;
// Height the running header takes at the top of continuation pages.
const RUNNING_HEADER_SPACE = 24;

/** A cursor over the pages of one document: writes text at the current height and breaks pages. */
export class PageLayout {
  readonly left = MARGIN;
  readonly right = A4.width - MARGIN;
  readonly width = A4.width - 2 * MARGIN;
  readonly top = MARGIN;
  readonly bottom = A4.height - MARGIN - FOOTER_HEIGHT;
  /** Room for content on a continuation page, under the running header. */
  readonly pageRoom = this.bottom - this.top - RUNNING_HEADER_SPACE;
  y = MARGIN;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    /** Printed at the top of every page after the first, e.g. "PROFORMA INVOICE PI-2026-0001 (continued)". */
    private readonly runningHeader: string,
  ) {}

  style({ weight = 'regular', size = DEFAULT_SIZE, color = COLORS.text }: TextStyle = {}): this {
    this.doc.font(weight).fontSize(size).fillColor(color);
    return this;
  }

  heightOf(text: string, width: number, style: TextStyle = {}): number {
    this.style(style);
    return this.doc.heightOfString(text, { width });
  }

  /** Writes wrapped text at (x, y) without moving the cursor; returns its height. */
  textAt(text: string, x: number, y: number, width: number, style: TextStyle = {}): number {
    this.style(style);
    this.doc.text(text, x, y, { width, align: style.align ?? 'left' });
    // pdfkit leaves its own cursor below the text, which saves measuring the text a second time.
    return this.doc.y - y;
  }

  /**
   * Writes a full-width paragraph at the cursor and moves below it. A paragraph that fits on a page is
   * kept whole (moved to the next page if need be); a longer one fills the page and continues overleaf.
   */
  paragraph(text: string, style: TextStyle = {}, gapAfter = 2): void {
    let rest = text;
    const height = this.heightOf(rest, this.width, style);
    if (height <= this.pageRoom) this.ensureSpace(height);
    while (this.heightOf(rest, this.width, style) > this.bottom - this.y) {
      const cut = this.fittingLength(rest, style);
      if (cut > 0) this.textAt(rest.slice(0, cut), this.left, this.y, this.width, style);
      rest = rest.slice(cut).trimStart();
      this.newPage();
    }
    this.y += this.textAt(rest, this.left, this.y, this.width, style) + gapAfter;
  }

  /** What paragraph() keeps together: all of a paragraph that fits on a page, else its first lines. */
  keptHeight(text: string, style: TextStyle = {}): number {
    const height = this.heightOf(text, this.width, style);
    return height <= this.pageRoom ? height : 3 * this.heightOf('0', this.width, style);
  }

  /** A section heading, moved to the next page with the section when `keepWith` points do not fit under it. */
  heading(text: string, keepWith = 0): void {
    const style: TextStyle = { weight: 'bold', size: 10 };
    this.gap(8);
    this.ensureSpace(this.heightOf(text, this.width, style) + 3 + keepWith);
    this.paragraph(text, style, 3);
  }

  gap(points: number): void {
    this.y += points;
  }

  rule(y = this.y, color: string = COLORS.rule): void {
    this.doc.moveTo(this.left, y).lineTo(this.right, y).lineWidth(0.6).strokeColor(color).stroke();
  }

  /** How much of `text` fits above the bottom of the page, cut after a space where there is one. */
  private fittingLength(text: string, style: TextStyle): number {
    const available = this.bottom - this.y;
    let low = 0;
    let high = text.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.heightOf(text.slice(0, middle), this.width, style) <= available) low = middle;
      else high = middle - 1;
    }
    const space = text.lastIndexOf(' ', low);
    // Chinese text has no spaces and may break anywhere.
    return space > low / 2 ? space : low;
  }

  /** Starts a new page when `height` does not fit below the cursor; true when it did. */
  ensureSpace(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    this.newPage();
    return true;
  }

  newPage(): void {
    this.doc.addPage();
    this.textAt(this.runningHeader, this.left, this.top, this.width, { size: 8, color: COLORS.muted });
    this.rule(this.top + RUNNING_HEADER_SPACE - 10);
    this.y = this.top + RUNNING_HEADER_SPACE;
  }

  /** Footers need the page count, so they are written last onto the buffered pages. */
  writeFooters(left: string, pageLabel: (page: number, pages: number) => string): void {
    const { start, count } = this.doc.bufferedPageRange();
    const y = A4.height - MARGIN - FOOTER_HEIGHT / 2;
    for (let i = 0; i < count; i++) {
      this.doc.switchToPage(start + i);
      this.rule(y - 6);
      const style: TextStyle = { size: 8, color: COLORS.muted };
      this.textAt(left, this.left, y, this.width / 2, style);
      this.textAt(pageLabel(i + 1, count), this.left + this.width / 2, y, this.width / 2, { ...style, align: 'right' });
    }
  }
}
