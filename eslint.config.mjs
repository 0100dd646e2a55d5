// Type-aware linting: the rules that catch real bugs in async NestJS code (floating promises,
// non-exhaustive switches over string unions) rather than style, which Prettier owns.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'apps/web/src/gql/**', '**/migrations/*.ts', 'coverage/**', '**/*.cjs', '**/*.mjs', 'apps/web/vite.config.ts', 'apps/web/codegen.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-namespace': 'off',
      'no-restricted-syntax': [
        'error',
        {
          // @nestjs/graphql binds a field resolver with no parameter decorators straight to GraphQL;
          // a lone @Parent() sends every row through Nest's pipes and interceptors for nothing.
          selector: "FunctionExpression[params.length=1] > Identifier > Decorator[expression.callee.name='Parent']",
          message:
            'A field resolver that only takes its parent gets it as the first argument without @Parent(); the decorator turns off the fast path (see README, Architecture).',
        },
      ],
    },
  },
  {
    // Tests may use non-null assertions on values they just created.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
