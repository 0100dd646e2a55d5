// Render timing for proforma invoices (issue target: p95 < 300 ms per document). Not a test:
//   node -r @swc-node/register libs/orders/src/documents/render/render.bench.ts [count] [lines]
import { loadDocumentFonts } from '../fonts';
import { DOCUMENT_LANGUAGES } from '../model';
import { buildDocumentModel } from '../testing/document-model.factory';
import { renderDocument } from './document.renderer';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100);
  const lineCount = Number(process.argv[3] ?? 30);

  let start = performance.now();
  loadDocumentFonts();
  console.log(`font load and parse (once per process): ${(performance.now() - start).toFixed(0)} ms`);

  for (const language of DOCUMENT_LANGUAGES) {
    const model = buildDocumentModel({ kind: 'proforma_invoice', language, lineCount });
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      start = performance.now();
      bytes = (await renderDocument({ ...model, number: `PI-2026-${String(i + 1).padStart(4, '0')}` })).length;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (p: number): string => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)].toFixed(1);
    console.log(
      `${language}: ${count} PIs of ${lineCount} lines, ${(bytes / 1024).toFixed(0)} KiB each — ` +
        `p50 ${at(50)} ms, p95 ${at(95)} ms, max ${at(100)} ms`,
    );
  }
}

void main();
