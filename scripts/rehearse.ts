// `npm run rehearse [-- --scenario NAME]`: the CLI's rehearse stage, from the source, so it runs on
// a fresh checkout before any bundle exists. Same as `service-guru rehearse`.
import { main } from '../src/cli/main.ts';

for (const method of ['log', 'info', 'debug'] as const) console[method] = (...args: unknown[]) => console.error(...args);
process.exitCode = await main(
  ['rehearse', ...process.argv.slice(2)],
  process.env,
  (t) => process.stdout.write(t),
  (t) => process.stderr.write(t),
);
