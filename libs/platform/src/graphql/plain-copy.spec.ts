import { plainCopy } from './plain-copy';

class Entity {
  id = 'o1';
  total = '10.50';
  note: string | null = null;
  get label(): string {
    return `order ${this.id}`;
  }
}

describe('plainCopy', () => {
  it('copies the own fields into a plain object, with the overrides replacing theirs', () => {
    const entity = new Entity();
    const copy = plainCopy(entity, { total: { amount: '10.5', currency: 'USD' }, extra: 1 });
    expect(copy).toEqual({ id: 'o1', total: { amount: '10.5', currency: 'USD' }, note: null, extra: 1 });
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect('label' in copy).toBe(false);
  });

  it('leaves the entity as it was', () => {
    const entity = new Entity();
    plainCopy(entity, { total: 'changed' });
    expect(entity.total).toBe('10.50');
  });

  it('copies without overrides too', () => {
    expect(plainCopy(new Entity())).toEqual({ id: 'o1', total: '10.50', note: null });
  });
  it('leaves out an undefined override of a field the entity lacks, and applies one of a field it has', () => {
    const copy = plainCopy(new Entity(), { missing: undefined, note: undefined });
    expect(Object.keys(copy)).toEqual(['id', 'total', 'note']);
    expect(copy.note).toBeUndefined();
  });
});
