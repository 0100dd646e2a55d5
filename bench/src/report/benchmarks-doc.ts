import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const TITLE = '# Benchmarks';

/**
 * Rewrites one delimited section of the benchmarks document and leaves everything else as it was,
 * so each benchmark (platform, CRM, orders...) owns its section and runs can be partial.
 * A section not there yet is appended; the `intro` section always sits under the title.
 */
export function writeSection(path: string, name: string, body: string): void {
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : `${TITLE}\n`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, replaceSection(doc, name, body));
}

export function replaceSection(doc: string, name: string, body: string): string {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from >= 0 && to > from) return doc.slice(0, from) + block + doc.slice(to + end.length);
  if (name === 'intro') {
    const afterTitle = doc.startsWith(TITLE) ? TITLE.length : 0;
    const parts = [doc.slice(0, afterTitle).trim(), block, doc.slice(afterTitle).trim()];
    return `${parts.filter(Boolean).join('\n\n')}\n`;
  }
  return `${doc.trimEnd()}\n\n${block}\n`;
}
