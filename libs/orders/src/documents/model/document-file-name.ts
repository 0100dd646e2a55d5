import { DocumentModel } from './document.model';

/**
 * File name for storage, e-mail attachments and downloads: `PI-2026-0001-v2-en.pdf`. Characters that
 * are unsafe in file names ("PI/2026/0001") become "-".
 */
export function documentFileName(model: Pick<DocumentModel, 'number' | 'version' | 'language'>): string {
  const number = model.number
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return `${number || 'document'}-v${model.version}-${model.language}.pdf`;
}
