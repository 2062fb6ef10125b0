import * as core from '@actions/core';
import type { Logger } from '../core/logger.ts';
import { inertLines } from '../core/report.ts';
import type { Secrets } from '../core/secrets.ts';

/** Logger for the Actions runner: the runner masks what `core.setSecret` registered. */
export class ActionsLogger implements Logger {
  private readonly secrets: Secrets;
  constructor(secrets: Secrets) {
    this.secrets = secrets;
    secrets.onAdd((value) => core.setSecret(value));
  }
  info(message: string): void {
    // core.info prints as is (warning, error and debug are escaped commands already): no line may be a command.
    core.info(inertLines(this.secrets.redact(message)).join('\n'));
  }
  warning(message: string, title?: string): void {
    core.warning(this.secrets.redact(message), title ? { title } : undefined);
  }
  error(message: string, title?: string): void {
    core.error(this.secrets.redact(message), title ? { title } : undefined);
  }
  debug(message: string): void {
    core.debug(this.secrets.redact(message));
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(name, fn);
  }
}
