import { graphql, GraphQLInt, GraphQLResolveInfo, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { answerPrefetchedFields, NEST_PROPERTY_RESOLVER, prefetchField, prefetchFields, selectedFields, selectedNodeFields } from './prefetched';

interface Card {
  id: string;
}

/** A board of cards whose `owner` field has a resolver that counts its calls. */
function boardSchema(cards: Card[], calls: string[]): GraphQLSchema {
  const card = new GraphQLObjectType({
    name: 'Card',
    fields: {
      id: { type: GraphQLString },
      owner: {
        type: GraphQLString,
        resolve: (c: Card) => {
          calls.push(c.id);
          return Promise.resolve(`resolved for ${c.id}`);
        },
      },
      size: { type: GraphQLInt },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { board: { type: new GraphQLList(card), resolve: () => cards } } }),
  });
}

describe('prefetched field values', () => {
  it('answers a field from the value its parent prefetched, and calls the resolver for objects without one', async () => {
    const cards = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    prefetchField(cards.slice(0, 2), 'owner', ['Ann', null]);
    const calls: string[] = [];
    const result = await graphql({ schema: answerPrefetchedFields(boardSchema(cards, calls)), source: '{ board { id owner } }' });
    expect(result).toEqual({ data: { board: [{ id: 'a', owner: 'Ann' }, { id: 'b', owner: null }, { id: 'c', owner: 'resolved for c' }] } });
    expect(calls).toEqual(['c']);
  });

  it('leaves the schema resolving as before when nothing is prefetched, and keeps the values out of the object', async () => {
    const cards = [{ id: 'a' }];
    const calls: string[] = [];
    prefetchField([{ id: 'other' }], 'owner', ['Bob']);
    const result = await graphql({ schema: answerPrefetchedFields(boardSchema(cards, calls)), source: '{ board { id owner } }' });
    expect(result).toEqual({ data: { board: [{ id: 'a', owner: 'resolved for a' }] } });
    prefetchField(cards, 'owner', ['Ann']);
    expect(Object.keys(cards[0])).toEqual(['id']);
    expect(JSON.stringify(cards[0])).toBe('{"id":"a"}');
  });

  it("leaves the resolvers Nest puts on plain properties unwrapped", async () => {
    const rootFieldResolver = (c: Card) => c.id.toUpperCase();
    expect(rootFieldResolver.name).toBe(NEST_PROPERTY_RESOLVER);
    const schema = boardSchema([{ id: 'a' }], []);
    const cardType = schema.getType('Card') as GraphQLObjectType;
    cardType.getFields().id.resolve = rootFieldResolver;
    answerPrefetchedFields(schema);
    expect(cardType.getFields().id.resolve).toBe(rootFieldResolver);
    expect(cardType.getFields().owner.resolve?.name).toBe('prefetchedOrResolved');
    expect(await graphql({ schema, source: '{ board { id } }' })).toEqual({ data: { board: [{ id: 'A' }] } });
  });

  it('prefetches only the fields the query asks for, with each object\'s own resolver value', async () => {
    const cards = [{ id: 'a' }, { id: 'b' }];
    const sizeCalls: string[] = [];
    await prefetchFields(cards, new Set(['id', 'owner']), {
      owner: async (c: Card) => `owner of ${c.id}`,
      size: (c: Card) => {
        sizeCalls.push(c.id);
        return 1;
      },
    });
    const calls: string[] = [];
    const result = await graphql({ schema: answerPrefetchedFields(boardSchema(cards, calls)), source: '{ board { id owner } }' });
    expect(result).toEqual({ data: { board: [{ id: 'a', owner: 'owner of a' }, { id: 'b', owner: 'owner of b' }] } });
    expect(calls).toEqual([]);
    expect(sizeCalls).toEqual([]);
  });

  describe('selectedFields', () => {
    /** What a resolver of `list` sees of the query, read through the info GraphQL gives it. */
    async function seen(source: string, read: (info: GraphQLResolveInfo) => Set<string>): Promise<string[]> {
      let names: string[] = [];
      const item = new GraphQLObjectType({ name: 'Item', fields: { id: { type: GraphQLString }, owner: { type: GraphQLString }, size: { type: GraphQLInt } } });
      const edge = new GraphQLObjectType({ name: 'Edge', fields: { node: { type: item }, cursor: { type: GraphQLString } } });
      const connection = new GraphQLObjectType({ name: 'Conn', fields: { nodes: { type: new GraphQLList(item) }, edges: { type: new GraphQLList(edge) }, totalCount: { type: GraphQLInt } } });
      const schema = new GraphQLSchema({
        query: new GraphQLObjectType({
          name: 'Query',
          fields: {
            list: {
              type: connection,
              resolve: (_s, _a, _c, info) => {
                names = [...read(info)].sort();
                return { nodes: [], edges: [], totalCount: 0 };
              },
            },
          },
        }),
      });
      const result = await graphql({ schema, source });
      expect(result.errors).toBeUndefined();
      return names;
    }

    it('names the fields asked below a path, through fragment spreads and inline fragments', async () => {
      const source = '{ list { totalCount nodes { id ...F ... on Item { size } } } } fragment F on Item { owner }';
      expect(await seen(source, (info) => selectedFields(info, ['nodes']))).toEqual(['id', 'owner', 'size']);
      expect(await seen(source, (info) => selectedFields(info))).toEqual(['nodes', 'totalCount']);
      expect(await seen(source, (info) => selectedFields(info, ['edges']))).toEqual([]);
    });

    it("joins a connection's nodes and edges' nodes", async () => {
      expect(await seen('{ list { nodes { id } edges { cursor node { owner } } } }', selectedNodeFields)).toEqual(['id', 'owner']);
      expect(await seen('{ list { totalCount } }', selectedNodeFields)).toEqual([]);
    });
  });
});
