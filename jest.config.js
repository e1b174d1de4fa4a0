// Two tiers, chosen by folder so that no list drifts: `unit` mirrors src/ and needs no dist/, no
// registry and no long soak (`npm run test:unit`, the inner loop); `e2e` runs dist/ as the runner or
// a user does, and `integration` mirrors src/ for suites that start Verdaccio or soak for long.
// `npm test` runs every project, as CI does.
const base = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js'],
  preset: 'ts-jest',
  resolver: 'ts-jest-resolver',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }] }
}
const ignored = ['/dist/', '/node_modules/', '/examples/']
const slow = ['<rootDir>/__tests__/e2e/', '<rootDir>/__tests__/integration/']

export default {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/__tests__/**/*.test.ts'], testPathIgnorePatterns: [...ignored, ...slow] },
    { ...base, displayName: 'slow', testMatch: slow.map((folder) => `${folder}**/*.test.ts`), testPathIgnorePatterns: ignored }
  ],
  testTimeout: 120000,
  verbose: true
}
