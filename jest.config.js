/**
 * `npm test` starts its own Neo4j (tests/setup/global-setup.ts) and runs the test files one at a
 * time, because they share that one Community database and wipe it.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  // Files are only transpiled here (isolatedModules): `npm test` type-checks the whole project once
  // with tsc before jest starts, instead of ts-jest checking every file again as it loads.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  // Only these are crawled: dist/ would duplicate every module, and .neo4j/ holds jars and live store files.
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/src/**/__tests__/*.test.ts'],
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  maxWorkers: 1,
  // Integration tests talk to a real server; the first query after a start compiles Cypher and warms caches.
  testTimeout: 60_000,
};
