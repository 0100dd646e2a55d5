import { graphql, GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, graphqlSync } from 'graphql';

/**
 * patches/graphql@16.15.0.patch: a field without arguments gets one shared, frozen empty object as its
 * arguments instead of a new one per field, and the response's objects are plain objects instead of
 * null-prototype ones. These tests notice an upgrade of graphql that loses either.
 */
describe('graphql (patched)', () => {
  const seen: unknown[] = [];
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        plain: { type: GraphQLString, resolve: (_root, args) => (seen.push(args), 'plain') },
        twice: { type: GraphQLInt, args: { n: { type: GraphQLInt, defaultValue: 2 } }, resolve: (_root, args: { n: number }) => (seen.push(args), args.n * 2) },
      },
    }),
  });

  it('gives every field without arguments the same frozen empty object, and others their values', () => {
    seen.length = 0;
    const result = graphqlSync({ schema, source: '{ a: plain b: plain c: twice d: twice(n: 5) }' });
    expect(result).toEqual({ data: { a: 'plain', b: 'plain', c: 4, d: 10 } });
    const [a, b, c, d] = seen;
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.keys(a as object)).toEqual([]);
    expect([{ ...(c as object) }, { ...(d as object) }]).toEqual([{ n: 2 }, { n: 5 }]);
    expect(c).not.toBe(d);
  });

  it('still refuses an argument a field does not have', () => {
    const result = graphqlSync({ schema, source: '{ plain(n: 1) }' });
    expect(result.errors?.[0].message).toBe('Unknown argument "n" on field "Query.plain".');
  });

  it('builds the response of plain objects, an alias "__proto__" an own property like any other', async () => {
    const sync = graphqlSync({ schema, source: '{ __proto__: plain x: twice }' });
    expect(Object.getPrototypeOf(sync.data)).toBe(Object.prototype);
    expect(Object.keys(sync.data!)).toEqual(['__proto__', 'x']);
    expect(JSON.stringify(sync.data)).toBe('{"__proto__":"plain","x":4}');
    // Fields that resolve later are gathered by promiseForObject, patched the same way.
    const later = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { slow: { type: GraphQLString, resolve: async () => 'slow' } } }),
    });
    const async = await graphql({ schema: later, source: '{ __proto__: slow y: slow }' });
    expect(Object.getPrototypeOf(async.data)).toBe(Object.prototype);
    expect(JSON.stringify(async.data)).toBe('{"__proto__":"slow","y":"slow"}');
  });
});
