// ESLint for the TypeScript (typescript-eslint) and for the composed supergraph (graphql-eslint).
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const graphql = require('@graphql-eslint/eslint-plugin');
const globals = require('globals');

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'coverage/**'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      // Resolvers and tests read loosely typed GraphQL answers; `any` there is deliberate.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // type-graphql declares types through classes merged with interfaces and empty input classes.
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-namespace': 'off',
      // type-graphql passes classes as `Function` (resolver and type targets).
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // The cockpit's page scripts run in the browser, with ECharts loaded beside them.
    files: ['gateway/cockpit/public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, echarts: 'readonly' } },
    extends: [js.configs.recommended],
    rules: { 'no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    files: ['**/*.js'],
    ignores: ['gateway/cockpit/public/**'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
      },
    },
    extends: [js.configs.recommended],
  },
  {
    files: ['gateway/supergraph.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema: 'gateway/supergraph.graphql' } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      // Every type and field is documented: the schema is the API's documentation in every explorer.
      // Federation's own definitions (join__*, link__*) and the root types are not ours to describe.
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          FieldDefinition: true,
          rootField: true,
          ignoredSelectors: ['[name.value=/^(join|link)__/]', '[name.value=/^(Query|Mutation)$/]'],
        },
      ],
      '@graphql-eslint/naming-convention': [
        'error',
        {
          types: { style: 'PascalCase', ignorePattern: '^(join|link)__' },
          FieldDefinition: 'camelCase',
          EnumValueDefinition: 'UPPER_CASE',
          allowLeadingUnderscore: true,
        },
      ],
      '@graphql-eslint/no-typename-prefix': 'error',
      '@graphql-eslint/no-hashtag-description': 'error',
    },
  },
);
