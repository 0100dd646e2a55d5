import { FieldNode, GraphQLResolveInfo, GraphQLSchema, isObjectType, Kind, SelectionSetNode } from 'graphql';

const PREFETCHED = Symbol('prefetched field values');

type WithPrefetched = { [PREFETCHED]?: Record<string, unknown> };

/**
 * Gives each object the value of one of its resolved fields (a `@ResolveField`), fetched by the
 * parent for the whole list at once, so GraphQL answers the field from the object instead of calling
 * its resolver once per object. The values must be what the resolver would return for that object.
 *
 * Why: Nest runs every field resolver call through its pipes and answers it with a promise, and each
 * promise costs more again under AsyncLocalStorage's hooks. An order board resolved 220 owners that
 * way: asking the board without `owner` doubled the boards/s (CPU profiles: promise hooks, microtasks
 * and garbage collection), while the owners themselves are one query.
 */
export function prefetchField<T extends object, V>(objects: readonly T[], field: string, values: readonly V[]): void {
  objects.forEach((object, i) => {
    const holder = object as WithPrefetched;
    (holder[PREFETCHED] ??= {})[field] = values[i];
  });
}

/**
 * `prefetchField` for each field of `resolvers` the query asks for (`wanted`, from `selectedFields`),
 * with the values of the field's own resolver method called for every object: the same loaders,
 * so the same values, without GraphQL calling the resolver through Nest per object.
 */
export async function prefetchFields<T extends object>(objects: readonly T[], wanted: ReadonlySet<string>, resolvers: Record<string, (object: T) => unknown>): Promise<void> {
  if (objects.length === 0) return;
  await Promise.all(
    Object.entries(resolvers)
      .filter(([field]) => wanted.has(field))
      .map(async ([field, resolve]) => prefetchField(objects, field, await Promise.all(objects.map(resolve)))),
  );
}

/**
 * The name @nestjs/graphql gives the resolver it puts on every field of a code-first object type to
 * read the object's own property. Such a field has nothing to prefetch, and wrapping its resolver
 * would cost one more call for every field of every object (about 3% of the API's time on an order
 * board). A test on the real schema fails if Nest renames it.
 */
export const NEST_PROPERTY_RESOLVER = 'rootFieldResolver';

/**
 * The schema with every field resolver of a non-root type first looking for a prefetched value
 * (`prefetchField`): the GraphQL module's `transformSchema`. Fields without one resolve as before,
 * and so do the fields Nest answers from the object's own property.
 */
export function answerPrefetchedFields(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || roots.has(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || resolve.name === NEST_PROPERTY_RESOLVER) continue;
      const name = field.name;
      field.resolve = function prefetchedOrResolved(source, args, context, info) {
        const prefetched = (source as WithPrefetched | null)?.[PREFETCHED];
        return prefetched && name in prefetched ? prefetched[name] : resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/**
 * The names of the fields the query selects at `path` below the field being resolved (e.g.
 * ['nodes'] of a connection; [] for the field's own object), through fragments: what a parent
 * prefetches only when it is asked for. `@skip` and `@include` are not evaluated: a field they
 * drop is still counted, which costs a needless prefetch, never a missing value.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let level: readonly SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    level = fieldsOf(level, info).flatMap((field) => (field.name.value === name && field.selectionSet ? [field.selectionSet] : []));
  }
  return new Set(fieldsOf(level, info).map((field) => field.name.value));
}

/** The fields of selection sets, with fragment spreads and inline fragments opened. */
function fieldsOf(sets: readonly SelectionSetNode[], info: GraphQLResolveInfo): FieldNode[] {
  return sets.flatMap((set) =>
    set.selections.flatMap((selection): FieldNode[] => {
      if (selection.kind === Kind.FIELD) return [selection];
      if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf([selection.selectionSet], info);
      const fragment = info.fragments[selection.name.value];
      return fragment ? fieldsOf([fragment.selectionSet], info) : [];
    }),
  );
}

/** `selectedFields` of a connection's nodes, asked through `nodes` or `edges { node }`. */
export function selectedNodeFields(info: GraphQLResolveInfo): Set<string> {
  return new Set([...selectedFields(info, ['nodes']), ...selectedFields(info, ['edges', 'node'])]);
}
