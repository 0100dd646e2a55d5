/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// swc compiles TypeScript with decorator metadata (NestJS, TypeORM, class-validator need it); tsc checks types separately.
const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    target: 'es2022',
    keepClassNames: true,
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
const transform: Config['transform'] = { '^.+\\.tsx?$': ['@swc/jest', swcOptions] };
const roots = ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/bench'];
const testPathIgnorePatterns = ['/node_modules/', '/dist/'];
// Decorator metadata is only recorded when reflect-metadata is loaded before any decorated class.
const setupFiles = ['reflect-metadata'];

const config: Config = {
  maxWorkers: 2,
  // A worker left holding a large heap (browser and import tests) took over 500 ms to tear down after
  // its last test, and Jest then force-exited it with a warning; recycling big workers between test
  // files keeps them small at the end (measured: exits in 130 and 260 ms, no warning).
  workerIdleMemoryLimit: '512MB',
  // Integration and browser tests start real servers; unit tests finish far below this.
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'unit',
      roots,
      transform,
      setupFiles,
      testPathIgnorePatterns,
      testMatch: ['**/*.spec.ts'],
      testEnvironment: 'node',
    },
    {
      displayName: 'integration',
      roots,
      transform,
      setupFiles,
      testPathIgnorePatterns,
      testMatch: ['**/*.int-spec.ts'],
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/harness/global-setup.ts',
      globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
    },
    {
      displayName: 'browser',
      roots: ['<rootDir>/apps/web/e2e'],
      transform,
      setupFiles,
      testMatch: ['**/*.e2e-spec.ts'],
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/harness/global-setup.ts',
      globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
    },
  ],
};

export default config;
