import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { RESOLVERS } from '@tradewind/composition';

const SCHEMA_FILE = join(__dirname, '../../../../schema.graphql');

/** Builds the code-first schema without a database, and writes or checks schema.graphql. */
async function main(): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  const sdl = `${printSchema(lexicographicSortSchema(schema))}\n`;
  await app.close();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== sdl) {
      process.stderr.write('schema.graphql is out of date: run "pnpm schema:emit" and commit the result.\n');
      process.exit(1);
    }
    process.stdout.write('schema.graphql is up to date\n');
    return;
  }
  writeFileSync(SCHEMA_FILE, sdl);
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

void main();
