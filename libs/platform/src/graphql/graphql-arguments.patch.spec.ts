import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, graphqlSync } from 'graphql';

/**
 * patches/graphql@16.15.0.patch: a field without arguments gets one shared, frozen empty object as its
 * arguments instead of a new one per field. These tests notice an upgrade of graphql that loses it.
 */
describe('graphql arguments (patched)', () => {
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
});
