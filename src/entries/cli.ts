#!/usr/bin/env node
import { main } from '../cli/main.ts';

// stdout carries our report alone (one JSON document with --json); libraries that log through
// console.log/info/debug are sent to stderr.
for (const method of ['log', 'info', 'debug'] as const) console[method] = (...args: unknown[]) => console.error(...args);

process.exitCode = await main(
  process.argv.slice(2),
  process.env,
  (t) => process.stdout.write(t),
  (t) => process.stderr.write(t),
);
