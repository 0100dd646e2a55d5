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
    const wall: number[] = [];
    // CPU time too: on a busy machine wall time measures the neighbours as much as the renderer.
    const cpu: number[] = [];
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      start = performance.now();
      const cpuStart = process.cpuUsage();
      bytes = (await renderDocument({ ...model, number: `PI-2026-${String(i + 1).padStart(4, '0')}` })).length;
      const used = process.cpuUsage(cpuStart);
      wall.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
    console.log(
      `${language}: ${count} PIs of ${lineCount} lines, ${(bytes / 1024).toFixed(0)} KiB each — ` +
        `wall ${summary(wall)}; cpu ${summary(cpu)}`,
    );
  }
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number): string => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(1);
  return `p50 ${at(50)} ms, p95 ${at(95)} ms, max ${at(100)} ms`;
}

void main();
