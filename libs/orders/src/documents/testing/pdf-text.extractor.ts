import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The text a reader (or a bank's OCR-free check) gets from the PDF, one string per page, via poppler's
 * `pdftotext -layout` (Debian package poppler-utils). Proves glyphs map back to characters.
 */
export async function extractPdfPages(pdf: Buffer): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'tradewind-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') throw new Error('pdftotext not found: install poppler-utils');
        throw error;
      },
    );
    // pdftotext ends every page with a form feed.
    return stdout.split('\f').slice(0, -1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function extractPdfText(pdf: Buffer): Promise<string> {
  return (await extractPdfPages(pdf)).join('\n');
}
