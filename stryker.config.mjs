// Mutation testing of the decision modules (issue 18), not part of CI.
//   npm run mutate                 every module in turn, each against its own suites, then a table
//   npm run mutate -- retry pods   only those
//   npm run mutate -- --quick      against test/decisions/ alone: a first look in a few minutes
//   MUTATE_MODULE=retry npx stryker run stryker.config.mjs   one module, Stryker alone
// Each module is mutated against its own suites only: with perTest coverage every mutant still
// runs just the tests that reach it, but Jest imports every matched file for every mutant, so the
// whole suite as the pool would turn minutes into an hour.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** module → the file it mutates and the suites that judge it. */
export const MODULES = {
  retry: { file: 'src/core/retry.ts', suites: ['test/retry.test.ts', 'test/decisions/retry.test.ts'] },
  pods: { file: 'src/stages/health-gate/pods.ts', suites: ['test/health-gate.test.ts', 'test/decisions/pods.test.ts'] },
  remediate: {
    file: 'src/stages/shared/cluster/remediate.ts',
    suites: ['test/import-images.test.ts', 'test/decisions/remediate.test.ts'],
  },
  plan: {
    file: 'src/stages/move-stable/plan.ts',
    suites: [
      'test/move-stable-git.test.ts',
      'test/move-stable-github.test.ts',
      'test/move-stable-copr.test.ts',
      'test/move-stable-remote.test.ts',
      'test/move-stable-cli.test.ts',
      'test/decisions/plan.test.ts',
    ],
  },
  scope: {
    file: 'src/stages/shared/cluster/scope.ts',
    suites: ['test/import-images.test.ts', 'test/rollback.test.ts', 'test/decisions/scope.test.ts'],
  },
  freeze: {
    file: 'src/stages/shared/freeze.ts',
    suites: ['test/security-freeze.test.ts', 'test/github-run.test.ts', 'test/decisions/freeze.test.ts'],
  },
};

/** Stryker's options for one module (or, without a name, every module against all their suites). */
export function configFor(name) {
  const chosen = name ? [MODULES[name]] : Object.values(MODULES);
  if (chosen.some((m) => !m)) throw new Error(`unknown module "${name}"; known: ${Object.keys(MODULES).join(', ')}`);
  const quick = process.env.MUTATE_QUICK === '1';
  const suites = [...new Set(chosen.flatMap((m) => m.suites))].filter((s) => !quick || s.startsWith('test/decisions/'));
  const report = `reports/mutation/${name ?? 'all'}${quick ? '-quick' : ''}`;
  return {
    packageManager: 'npm',
    testRunner: 'jest',
    plugins: ['@stryker-mutator/jest-runner'],
    // Jest runs ESM through vm modules here (see package.json "test"); its workers need the flag too.
    testRunnerNodeArgs: ['--experimental-vm-modules'],
    coverageAnalysis: 'perTest',
    concurrency: 1,
    mutate: chosen.map((m) => m.file),
    jest: {
      projectType: 'custom',
      configFile: 'jest.config.js',
      // Only the module's suites; one Jest worker inside the one Stryker worker. No registry per
      // Jest run (every mutant is one): the script below starts one for the whole mutation run.
      config: { testMatch: suites.map((s) => `<rootDir>/${s}`), maxWorkers: 1, globalSetup: undefined, globalTeardown: undefined },
      enableFindRelatedTests: true,
    },
    // Added to twice the time a mutant's tests took unmutated: a mutant that loops forever costs seconds.
    timeoutMS: 5_000,
    timeoutFactor: 2,
    reporters: ['clear-text', 'progress', 'json', 'html'],
    jsonReporter: { fileName: `${report}.json` },
    htmlReporter: { fileName: `${report}.html` },
    ignorePatterns: ['dist', 'coverage', 'reports', 'bench', '.service-guru', 'release-notes'],
    tempDirName: '.stryker-tmp',
    cleanTempDir: true,
  };
}

export default configFor(process.env.MUTATE_MODULE || undefined);

/** Killed (timeouts included) over every mutant that could be judged: Stryker's mutation score. */
function score(reportFile) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const count = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
  for (const file of Object.values(report.files)) for (const mutant of file.mutants) if (mutant.status in count) count[mutant.status]++;
  const valid = count.Killed + count.Timeout + count.Survived + count.NoCoverage;
  return { ...count, valid, percent: valid ? (100 * (count.Killed + count.Timeout)) / valid : 100 };
}

// Run as a script (npm run mutate): one Stryker process per module, then the table.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  if (args.includes('--quick')) process.env.MUTATE_QUICK = '1';
  const given = args.filter((a) => a !== '--quick');
  const names = given.length ? given : Object.keys(MODULES);
  for (const name of names) configFor(name);
  // The suites' own globalSetup: one docker-registry, handed down as SERVICE_GURU_TEST_REGISTRY.
  const { default: startRegistry } = await import('./test/registry-setup.mjs');
  const { default: stopRegistry } = await import('./test/registry-teardown.mjs');
  await startRegistry();
  const stryker = fileURLToPath(new URL('node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));
  const rows = [];
  for (const name of names) {
    const run = spawnSync(process.execPath, [stryker, 'run', 'stryker.config.mjs'], {
      stdio: 'inherit',
      env: { ...process.env, MUTATE_MODULE: name },
    });
    if (run.status !== 0) {
      console.error(`stryker failed for ${name} (exit ${run.status})`);
      await stopRegistry();
      process.exit(1);
    }
    rows.push({ name, ...score(configFor(name).jsonReporter.fileName) });
  }
  await stopRegistry();
  console.log('\n| Module | File | Killed | Timeout | Survived | No coverage | Score |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.name} | \`${MODULES[r.name].file}\` | ${r.Killed} | ${r.Timeout} | ${r.Survived} | ${r.NoCoverage} | ` +
        `${r.percent.toFixed(1)} % |`,
    );
}
