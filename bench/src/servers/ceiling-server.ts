// Child process: the cheapest GraphQL request NestJS + Apollo can serve, with the packages the API uses.
import 'reflect-metadata';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { REPO_ROOT } from '../environment';
import { announceListening } from './server-message';

/** The slices of @nestjs/graphql and @nestjs/apollo this server touches. */
interface NestGraphql {
  GraphQLModule: { forRoot(options: Record<string, unknown>): DynamicModule };
  Resolver(): ClassDecorator;
  Query(type: () => unknown): MethodDecorator;
}
interface NestApollo {
  ApolloDriver: Type;
}

// The GraphQL packages are dependencies of the platform library, not of the bench: load the very copies the API loads.
const platformRequire = createRequire(join(REPO_ROOT, 'libs/platform/package.json'));
const graphql = platformRequire('@nestjs/graphql') as NestGraphql;
const { ApolloDriver } = platformRequire('@nestjs/apollo') as NestApollo;

@graphql.Resolver()
class PingResolver {
  @graphql.Query(() => String)
  ping(): string {
    return 'pong';
  }
}

@Module({
  imports: [graphql.GraphQLModule.forRoot({ driver: ApolloDriver, path: '/graphql', autoSchemaFile: true, playground: false })],
  providers: [PingResolver],
})
class CeilingModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(CeilingModule, { logger: false });
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  announceListening(Number(new URL(await app.getUrl()).port));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
