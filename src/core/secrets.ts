/**
 * Every secret value the run has seen. Whatever leaves the process (log lines, outputs,
 * summaries, errors, the JSON result) passes through `redact`, so a token that ends up in a
 * library's error message is still never printed.
 */
export class Secrets {
  private readonly values = new Set<string>();
  private readonly listeners: Array<(value: string) => void> = [];

  add(value: string | undefined): void {
    if (!value || value.length < 4 || this.values.has(value)) return;
    this.values.add(value);
    // A token may also travel URL-encoded or base64-encoded (basic auth headers).
    for (const variant of [encodeURIComponent(value), Buffer.from(value).toString('base64')]) {
      if (variant !== value) this.values.add(variant);
    }
    for (const listener of this.listeners) listener(value);
  }

  onAdd(listener: (value: string) => void): void {
    this.listeners.push(listener);
    for (const value of this.values) listener(value);
  }

  redact(text: string): string {
    let out = text;
    for (const value of [...this.values].sort((a, b) => b.length - a.length)) {
      out = out.split(value).join('***');
    }
    return out;
  }

  /** Redacts every string inside a JSON-able value. */
  redactDeep<T>(value: T): T {
    return JSON.parse(this.redact(JSON.stringify(value))) as T;
  }
}
