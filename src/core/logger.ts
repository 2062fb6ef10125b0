import { inertLines } from './report.ts';
import type { Secrets } from './secrets.ts';

/**
 * What a stage may say while it runs. Two implementations: one for the Actions runner
 * (workflow commands, groups, annotations) and one for a terminal (plain lines on stderr, so
 * that stdout can carry the single JSON document of `--json`).
 */
export interface Logger {
  info(message: string): void;
  warning(message: string, title?: string): void;
  error(message: string, title?: string): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export interface LineSink {
  write(line: string): void;
}

export const stderrSink: LineSink = { write: (line) => process.stderr.write(line + '\n') };

export class TerminalLogger implements Logger {
  private depth = 0;
  private readonly secrets: Secrets;
  private readonly sink: LineSink;
  private readonly verbose: boolean;

  constructor(secrets: Secrets, sink: LineSink = stderrSink, verbose = false) {
    this.secrets = secrets;
    this.sink = sink;
    this.verbose = verbose;
  }

  private emit(prefix: string, message: string): void {
    const indent = '  '.repeat(this.depth);
    // Redacted first, then made inert: the runner must neither see a token nor take a line as a command.
    const lines = inertLines(this.secrets.redact(message));
    const pad = ' '.repeat(prefix.length);
    lines.forEach((line, i) => this.sink.write(`${indent}${i === 0 ? prefix : pad}${line}`));
  }

  info(message: string): void {
    this.emit('', message);
  }
  warning(message: string, title?: string): void {
    this.emit('warning: ', title ? `${title}: ${message}` : message);
  }
  error(message: string, title?: string): void {
    this.emit('error: ', title ? `${title}: ${message}` : message);
  }
  debug(message: string): void {
    if (this.verbose) this.emit('debug: ', message);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.emit('▸ ', name);
    this.depth++;
    try {
      return await fn();
    } finally {
      this.depth--;
    }
  }
}

/** Collects lines; used by tests and by code that wants to inspect what was said. */
export class MemorySink implements LineSink {
  readonly lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
  text(): string {
    return this.lines.join('\n');
  }
}
