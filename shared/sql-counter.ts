import type { Logger, QueryRunner } from 'typeorm';

/**
 * Counts every SQL statement a data source sends. Tests and the benchmark read it to prove
 * that batching holds (statement counts do not grow with the number of entities asked for).
 */
export class SqlCounter implements Logger {
  statements = 0;
  /** Every statement since start; never reset, for the /metrics counter. */
  total = 0;
  private readonly recent: string[] = [];

  constructor(private readonly keepRecent = 0) {}

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.statements += 1;
    this.total += 1;
    if (this.keepRecent > 0) {
      this.recent.push(query);
      if (this.recent.length > this.keepRecent) this.recent.shift();
    }
  }

  /** Statements since the last reset, with the latest ones when keepRecent > 0. */
  reset(): number {
    const n = this.statements;
    this.statements = 0;
    this.recent.length = 0;
    return n;
  }

  lastQueries(): readonly string[] {
    return this.recent;
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
