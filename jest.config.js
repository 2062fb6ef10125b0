// ESM all the way: sources import each other with .ts extensions (runnable by Node's type
// stripping), swc only strips types, and node_modules stay native ESM.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'es6' } }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // One registry for the whole run (unless .ci/run started one): SERVICE_GURU_TEST_REGISTRY, Debian's
  // docker-registry when on the PATH, else the in-process OCI registry (one stderr line says so).
  globalSetup: '<rootDir>/test/registry-setup.mjs',
  globalTeardown: '<rootDir>/test/registry-teardown.mjs',
  testTimeout: 60000,
  maxWorkers: 2,
};
