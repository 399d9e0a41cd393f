/** Real servers and real databases: tests are slow to start, so give them room. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // jose and flatbush ship ESM only; swc turns it into CommonJS for jest like our own TypeScript.
    '^.+\\.(ts|js)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
          },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // exceljs's XML event reader, replaced by one that decodes UTF-8 across chunks (gateway/sheets/exceljs-sax.ts).
  moduleNameMapper: {
    '^\\.\\./\\.\\./utils/parse-sax$': '<rootDir>/gateway/sheets/exceljs-sax.ts',
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/|flatbush/|flatqueue/)'],
  // One run's seeded databases, built once and copied for each file (test/helpers/seeded.ts).
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  setupFiles: ['reflect-metadata', '<rootDir>/test/helpers/quiet-logs.ts'],
  testTimeout: 60000,
  // Three workers on this machine kind's two cores: test files wait on timeouts, child processes and
  // the database for part of their time, and a third worker fills it (SQLite leg, seed 625035022:
  // 427 s with two, 380 s with three; the MariaDB leg peaked at 83 of its 151 connections).
  maxWorkers: 3,
};
