import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import depthLimit from 'graphql-depth-limit';
import { APP_CONFIG, AppConfig } from '../config/config';
import { complexityLimitPlugin } from './complexity.plugin';
import { formatGraphqlError } from './format-error';
import { answerPrefetchedFields } from './prefetched';

/** Apollo at /graphql with the conventions of docs/api.md: sorted code-first schema, depth and complexity limits. */
export function graphqlModule(): DynamicModule {
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({
      path: '/graphql',
      autoSchemaFile: true,
      sortSchema: true,
      playground: false,
      introspection: true,
      csrfPrevention: true,
      includeStacktraceInErrorResponses: false,
      context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
      formatError: formatGraphqlError,
      validationRules: [depthLimit(config.graphql.maxDepth)],
      // No cache hints are used; Apollo's default cache-control plugin would still wrap every field's resolver.
      plugins: [complexityLimitPlugin(config.graphql.maxComplexity), ApolloServerPluginCacheControlDisabled()],
      transformSchema: answerPrefetchedFields,
    }),
  });
}
