import { Align, COLORS, PageLayout, TextStyle } from './page-layout';

export interface TableColumn {
  header: string;
  /** Relative width; the columns share the full text width in proportion. */
  weight: number;
  align?: Align;
}

export interface TableRow {
  cells: readonly string[];
  /** Summary rows (totals) are set in bold on a shaded background. */
  emphasis?: boolean;
}

const PAD_X = 3;
const PAD_Y = 2.5;
const SIZE = 8;

/**
 * Draws a table at the cursor. A row that does not fit goes to the next page under a repeated header
 * row, so no row is ever split and every page can be read on its own.
 */
export function drawTable(layout: PageLayout, columns: readonly TableColumn[], rows: readonly TableRow[]): void {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * layout.width);
  const xs = widths.map((_, i) => layout.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const header: TableRow = { cells: columns.map((c) => c.header), emphasis: true };

  const styleOf = (row: TableRow): TextStyle => ({ size: SIZE, weight: row.emphasis ? 'bold' : 'regular' });
  const heightOf = (row: TableRow): number =>
    Math.max(...row.cells.map((cell, i) => layout.heightOf(cell, widths[i] - 2 * PAD_X, styleOf(row)))) + 2 * PAD_Y;

  const draw = (row: TableRow, height: number, isHeader: boolean): void => {
    if (row.emphasis) {
      layout.doc.rect(layout.left, layout.y, layout.width, height).fillColor(COLORS.fill).fill();
    }
    row.cells.forEach((cell, i) => {
      // Header cells are centred; body cells follow their column (numbers right-aligned).
      const align = isHeader ? 'center' : (columns[i].align ?? 'left');
      layout.textAt(cell, xs[i] + PAD_X, layout.y + PAD_Y, widths[i] - 2 * PAD_X, { ...styleOf(row), align });
    });
    layout.y += height;
    layout.rule(layout.y);
  };

  const headerHeight = heightOf(header);
  const drawHeader = (): void => {
    layout.rule(layout.y);
    draw(header, headerHeight, true);
  };

  // Keep the header with at least the first row.
  layout.ensureSpace(headerHeight + (rows.length > 0 ? heightOf(rows[0]) : 0));
  drawHeader();
  for (const row of rows) {
    const height = heightOf(row);
    if (layout.ensureSpace(height)) drawHeader();
    draw(row, height, false);
  }
}
