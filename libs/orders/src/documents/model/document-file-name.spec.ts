import { documentFileName } from './document-file-name';

describe('documentFileName', () => {
  it('names the file by number, version and language', () => {
    expect(documentFileName({ number: 'PI-2026-0001', version: 2, language: 'en' })).toBe('PI-2026-0001-v2-en.pdf');
    expect(documentFileName({ number: 'PL-2026-0040', version: 1, language: 'zh' })).toBe('PL-2026-0040-v1-zh.pdf');
  });

  it('replaces characters that are unsafe in file names', () => {
    expect(documentFileName({ number: 'PI/2026/0001', version: 1, language: 'en' })).toBe('PI-2026-0001-v1-en.pdf');
    expect(documentFileName({ number: '../合同 7', version: 3, language: 'zh' })).toBe('7-v3-zh.pdf');
  });
});
