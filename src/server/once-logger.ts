/** Logs each distinct problem once per server run, however often the document is linted. */
export class OnceLogger {
  private readonly seen = new Set<string>();
  constructor(private readonly write: (message: string) => void) {}

  log(key: string, message: string): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.write(message);
  }
}
