import { IncotermParseError, formatIncoterm, parseIncoterm } from './incoterm.parser';
import { INCOTERM_CODES } from './incoterm-rules';

function parseError(input: string): IncotermParseError {
  try {
    parseIncoterm(input);
  } catch (error) {
    if (error instanceof IncotermParseError) return error;
    throw error;
  }
  throw new Error(`expected "${input}" to be rejected`);
}

describe('parseIncoterm', () => {
  it.each([
    ['FOB Shanghai', 'FOB', 'Shanghai'],
    ['FOB/Shanghai', 'FOB', 'Shanghai'],
    ['CIF Hamburg', 'CIF', 'Hamburg'],
    ['fob', 'FOB', null],
    ['FOB Ningbo Port', 'FOB', 'Ningbo Port'],
    ['FOB 宁波', 'FOB', '宁波'],
    ['FOB宁波港', 'FOB', '宁波港'],
    ['宁波FOB', 'FOB', '宁波'],
    ['Shanghai FOB', 'FOB', 'Shanghai'],
    ['ＦＯＢ　上海', 'FOB', '上海'],
    ['  cfr   Lagos  ', 'CFR', 'Lagos'],
    ['DAP, Chicago, IL', 'DAP', 'Chicago, IL'],
    ['EXW: Yiwu warehouse', 'EXW', 'Yiwu warehouse'],
    ['C&F Durban', 'CFR', 'Durban'],
    ['CNF Jebel Ali', 'CFR', 'Jebel Ali'],
    ['船上交货 宁波', 'FOB', '宁波'],
    ['离岸价 宁波', 'FOB', '宁波'],
    ['成本、保险费加运费 汉堡', 'CIF', '汉堡'],
  ])('reads "%s" as %s at %s', (input, code, place) => {
    expect(parseIncoterm(input)).toEqual({ code, place });
  });

  it.each([
    ['FOB Shanghai Incoterms 2020', 'Shanghai'],
    ['FOB Shanghai, Incoterms® 2020', 'Shanghai'],
    ['FOB Shanghai (Incoterms 2020)', 'Shanghai'],
    ['FOB Shanghai Incoterms', 'Shanghai'],
    ['Incoterms 2020 FOB Shanghai', 'Shanghai'],
    ['FOB Incoterms 2020', null],
  ])('accepts the edition in "%s"', (input, place) => {
    expect(parseIncoterm(input)).toEqual({ code: 'FOB', place });
  });

  it.each(INCOTERM_CODES.map((code) => [code]))('reads every rule code: %s', (code) => {
    expect(parseIncoterm(`${code.toLowerCase()} Somewhere`)).toEqual({ code, place: 'Somewhere' });
  });

  it('rejects an unknown code and lists the valid ones with a suggestion', () => {
    const error = parseError('FOBB Shanghai');
    expect(error.code).toBe('INCOTERM_UNKNOWN');
    expect(error.message).toContain('EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF');
    expect(error.message).toContain('Did you mean FOB?');
    expect(error.messageZh).toContain('FOB');
  });

  it('rejects a place without any rule', () => {
    const error = parseError('Shanghai');
    expect(error.code).toBe('INCOTERM_UNKNOWN');
    expect(error.message).not.toContain('Did you mean');
  });

  it('rejects empty input', () => {
    expect(parseError('   ').code).toBe('INCOTERM_EMPTY');
    expect(parseError('Incoterms 2020').code).toBe('INCOTERM_EMPTY');
  });

  it('points retired codes at their Incoterms 2020 successor', () => {
    const dat = parseError('DAT Rotterdam');
    expect(dat.code).toBe('INCOTERM_OUTDATED');
    expect(dat.message).toContain('use DPU');
    expect(parseError('DDU Paris').message).toContain('use DAP');
  });

  it('refuses a term stated under another Incoterms edition', () => {
    const error = parseError('FOB Shanghai Incoterms 2010');
    expect(error.code).toBe('INCOTERM_EDITION_UNSUPPORTED');
    expect(error.message).toContain('Incoterms 2010');
  });
});

describe('formatIncoterm', () => {
  it('writes the ICC document form that parses back to the same term', () => {
    expect(formatIncoterm({ code: 'FOB', place: 'Shanghai' })).toBe('FOB Shanghai Incoterms® 2020');
    expect(parseIncoterm(formatIncoterm({ code: 'CIF', place: 'Hamburg' }))).toEqual({ code: 'CIF', place: 'Hamburg' });
    expect(parseIncoterm(formatIncoterm({ code: 'EXW', place: null }))).toEqual({ code: 'EXW', place: null });
  });
});
