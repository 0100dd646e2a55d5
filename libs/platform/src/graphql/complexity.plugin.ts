import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Refuses operations whose estimated cost exceeds the limit. List fields cost their `first`
 * argument times their children, so a deep request for huge pages is refused before it runs.
 */
export function complexityLimitPlugin(maxComplexity: number): ApolloServerPlugin {
  let schema: GraphQLSchema | undefined;
  return {
    async serverWillStart(service) {
      schema = service.schema;
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (!schema) return;
          const complexity = getComplexity({
            schema,
            operationName: request.operationName ?? undefined,
            query: document,
            variables: request.variables ?? {},
            estimators: [
              fieldExtensionsEstimator(),
              ({ args, childComplexity }) => {
                const first = typeof args.first === 'number' ? args.first : undefined;
                return first !== undefined ? 1 + first * Math.max(childComplexity, 1) : undefined;
              },
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
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
