import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema, Kind, visit } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Costs per document, one per combination of the values its cost depends on; at most this many each. */
const COSTS_PER_DOCUMENT = 64;

interface DocumentCosts {
  /** Variables whose values change the cost: `first` arguments and @include/@skip conditions. */
  inputs: string[];
  costs: Map<string, number>;
}

/**
 * Refuses operations whose estimated cost exceeds the limit. List fields cost their `first`
 * argument times their children, so a deep request for huge pages is refused before it runs.
 * The estimate depends only on the document, the operation and the variables named in `first`
 * arguments and in @include/@skip, so it is computed once per combination of those: the SPA and
 * integrations send the same few documents (Apollo keeps one parsed document per query text), and
 * walking a document against the schema took about 6% of the API's CPU on the customer 360 page.
 */
export function complexityLimitPlugin(maxComplexity: number): ApolloServerPlugin {
  let schema: GraphQLSchema | undefined;
  const byDocument = new WeakMap<DocumentNode, DocumentCosts>();

  const costOf = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number => {
    let entry = byDocument.get(document);
    if (!entry) {
      entry = { inputs: costInputs(document), costs: new Map() };
      byDocument.set(document, entry);
    }
    const key = JSON.stringify([operationName ?? null, ...entry.inputs.map((name) => variables[name] ?? null)]);
    const known = entry.costs.get(key);
    if (known !== undefined) return known;
    const cost = estimate(document, operationName, variables);
    // Variables that do not fit the operation: nothing will execute, and Apollo reports them as
    // BAD_USER_INPUT (thrown from here, the same coercion error reached callers as an internal error).
    if (cost === null) return 0;
    if (entry.costs.size >= COSTS_PER_DOCUMENT) entry.costs.clear();
    entry.costs.set(key, cost);
    return cost;
  };

  const estimate = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number | null => {
    try {
      return getComplexity({
        schema: schema!,
        operationName,
        query: document,
        variables,
        estimators: [
          ({ args, childComplexity }) => {
            const first = typeof args.first === 'number' ? args.first : undefined;
            return first !== undefined ? 1 + first * Math.max(childComplexity, 1) : undefined;
          },
          simpleEstimator({ defaultComplexity: 1 }),
        ],
      });
    } catch (error) {
      if (error instanceof GraphQLError) return null;
      throw error;
    }
  };

  return {
    async serverWillStart(service) {
      schema = service.schema;
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (!schema) return;
          const complexity = costOf(document, request.operationName ?? undefined, request.variables ?? {});
          if (complexity > maxComplexity) {
            throw new GraphQLError(`query is too complex: ${complexity} points, the limit is ${maxComplexity}; ask for smaller pages or fewer fields`, {
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            });
          }
        },
      };
    },
  };
}

/** The variables a document's cost depends on (see complexityLimitPlugin), sorted. */
function costInputs(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) if (argument.name.value === 'first' && argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
    Directive(directive) {
      for (const argument of directive.arguments ?? []) if (argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  });
  return [...names].sort();
}
