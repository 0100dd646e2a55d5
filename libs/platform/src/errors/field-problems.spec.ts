import { FieldProblems, ValidationFailedError } from './app-errors';

describe('FieldProblems', () => {
  it('throws nothing while empty, then one error naming every field added', () => {
    const problems = new FieldProblems();
    expect(() => problems.throwIfAny()).not.toThrow();
    problems.add('input.lines.0.quantity', 'must be positive');
    problems.add('input.currency', 'unknown');
    let thrown: unknown;
    try {
      problems.throwIfAny();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationFailedError);
    expect((thrown as ValidationFailedError).fields).toEqual([
      { path: 'input.lines.0.quantity', message: 'must be positive' },
      { path: 'input.currency', message: 'unknown' },
    ]);
  });

  it('tells whether a path or a path below it has a problem, not a sibling that shares its start', () => {
    const problems = new FieldProblems();
    problems.add('input.lines.10.unitPrice', 'negative');
    expect(problems.hasUnder('input.lines.10')).toBe(true);
    expect(problems.hasUnder('input.lines.10.unitPrice')).toBe(true);
    expect(problems.hasUnder('input.lines.1')).toBe(false);
    expect(problems.hasUnder('input.lines.10.quantity')).toBe(false);
  });
});
