import { getMetadataStorage, IsInt, IsString, validateSync } from 'class-validator';

/**
 * patches/class-validator@0.14.4.patch: the validation rules of a class are looked up once per class
 * (without groups) instead of scanning every class with rules on each validation; rules declared later
 * must still count.
 */
describe('class-validator (patched)', () => {
  class Base {
    @IsString() name!: unknown;
  }
  class Derived extends Base {
    @IsInt() count!: unknown;
  }

  it('finds a class\'s rules, inherited ones included, the same on every validation', () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Derived, '', false, false);
    expect(first.map((m) => m.propertyName).sort()).toEqual(['count', 'name']);
    expect(storage.getTargetValidationMetadatas(Derived, '', false, false)).toBe(first);
    expect(validateSync(Object.assign(new Derived(), { name: 1, count: 'x' })).map((e) => e.property).sort()).toEqual(['count', 'name']);
  });

  it('counts a rule added after the rules were first looked up', () => {
    class Late {
      @IsString() a!: unknown;
    }
    expect(validateSync(Object.assign(new Late(), { a: 'ok', b: 5 })).map((e) => e.property)).toEqual([]);
    IsString()(Late.prototype, 'b');
    expect(validateSync(Object.assign(new Late(), { a: 'ok', b: 5 })).map((e) => e.property)).toEqual(['b']);
  });

  it('looks up rules of validation groups as before', () => {
    class Grouped {
      @IsString({ groups: ['strict'] }) code!: unknown;
    }
    expect(validateSync(Object.assign(new Grouped(), { code: 1 }), { groups: ['strict'] }).map((e) => e.property)).toEqual(['code']);
    expect(validateSync(Object.assign(new Grouped(), { code: 1 }), { groups: ['other'], forbidUnknownValues: false })).toEqual([]);
  });
});
