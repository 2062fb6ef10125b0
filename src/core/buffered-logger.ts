import type { Logger } from './logger.ts';

/** Holds what one concurrent task says, so the log reads component by component. */
export class BufferedLogger implements Logger {
  private readonly lines: Array<(to: Logger) => void> = [];
  info(message: string): void {
    this.lines.push((to) => to.info(message));
  }
  warning(message: string, title?: string): void {
    this.lines.push((to) => to.warning(message, title));
  }
  error(message: string, title?: string): void {
    this.lines.push((to) => to.error(message, title));
  }
  debug(message: string): void {
    this.lines.push((to) => to.debug(message));
  }
  group<T>(_name: string, fn: () => Promise<T>): Promise<T> {
    return fn();
  }
  replay(to: Logger): void {
    for (const line of this.lines) line(to);
  }
}
