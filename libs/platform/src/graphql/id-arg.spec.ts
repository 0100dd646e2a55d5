import { ValidationFailedError } from '../errors';
import { MAX_IDS_PER_ARGUMENT, ParseIdPipe, ParseIdsPipe } from './id-arg';

const ID = '0190a1b2-c3d4-7e5f-8a6b-9c0d1e2f3a4b';

function fieldsOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    if (error instanceof ValidationFailedError) return error.fields;
    throw error;
  }
  throw new Error('expected a ValidationFailedError');
}

describe('ParseIdPipe', () => {
  it('takes a UUID in lower case and names the argument of anything else', () => {
    expect(new ParseIdPipe().transform(ID.toUpperCase(), { type: 'custom', data: 'orderId' })).toBe(ID);
    expect(fieldsOf(() => new ParseIdPipe().transform('42', { type: 'custom', data: 'orderId' }))).toEqual([{ path: 'orderId', message: '"42" is not an id' }]);
  });
});

describe('ParseIdsPipe', () => {
  const pipe = new ParseIdsPipe();

  it('takes UUIDs in lower case, and leaves an omitted list alone', () => {
    expect(pipe.transform([ID.toUpperCase(), ID], { type: 'custom', data: 'ids' })).toEqual([ID, ID]);
    expect(pipe.transform(undefined, { type: 'custom', data: 'ids' })).toBeUndefined();
  });

  it('names the entry that is not an id', () => {
    expect(fieldsOf(() => pipe.transform([ID, 'x'], { type: 'custom', data: 'productIds' }))).toEqual([{ path: 'productIds.1', message: '"x" is not an id' }]);
  });

  it('refuses more ids than one argument takes', () => {
    const many = Array.from({ length: MAX_IDS_PER_ARGUMENT + 1 }, () => ID);
    expect(fieldsOf(() => pipe.transform(many, { type: 'custom', data: 'ids' }))).toEqual([{ path: 'ids', message: `at most ${MAX_IDS_PER_ARGUMENT} ids` }]);
  });
});
