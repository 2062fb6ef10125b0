// Jest globalTeardown: stops the registry test/registry-setup.mjs started (process or in-process), if it started one.
import { rmSync } from 'node:fs';

export default async function teardown() {
  const started = globalThis.__serviceGuruRegistry;
  if (!started) return;
  if (started.double) return started.double.stop();
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  started.child.kill();
  // The registry drains open connections before it stops; a stuck one must not hold the run.
  const timer = setTimeout(() => started.child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
  rmSync(started.dir, { recursive: true, force: true });
}
