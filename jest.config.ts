/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// swc compiles TypeScript with decorator metadata (NestJS, TypeORM, class-validator need it); tsc checks types separately.
const transform: Config['transform'] = { '^.+\\.tsx?$': ['@swc/jest', {}] };
const roots = ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/bench'];
const testPathIgnorePatterns = ['/node_modules/', '/dist/'];

const config: Config = {
  maxWorkers: 2,
  projects: [
    {
      displayName: 'unit',
      roots,
      transform,
      testPathIgnorePatterns,
      testMatch: ['**/*.spec.ts'],
      testEnvironment: 'node',
    },
    {
      displayName: 'integration',
      roots,
      transform,
      testPathIgnorePatterns,
      testMatch: ['**/*.int-spec.ts'],
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/harness/global-setup.ts',
      globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
      testTimeout: 60_000,
    },
    {
      displayName: 'browser',
      roots: ['<rootDir>/apps/web/e2e'],
      transform,
      testMatch: ['**/*.e2e-spec.ts'],
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/harness/global-setup.ts',
      globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
      testTimeout: 120_000,
    },
  ],
};

export default config;
