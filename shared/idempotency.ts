import {
  Column,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  type EntityManager,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import { ConflictError } from './errors';
import { isUniqueViolation } from './db-errors';
import { col, createTable, index } from './migration';
import { Input } from './input-fields';

/**
 * Retries are safe: a create mutation a department system may retry after a lost answer takes an
 * idempotency key, and a retry with the same key returns the first result instead of a duplicate.
 * Each subgraph that offers keys registers this table (entity + one migration); a resolver wraps its
 * create in `idempotent(...)` inside its write transaction.
 */
@Entity('idempotency_keys')
@Index(['idempotencyKey'], { unique: true })
export class IdempotencyKey {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  idempotencyKey!: string;

  /** The mutation the key was first used with: the same key on another mutation is a CONFLICT. */
  @Column({ type: 'varchar', length: 60 })
  mutation!: string;

  @Column({ type: 'int' })
  resultId!: number;
}

/** The migration that adds the table, for a subgraph's migrations list (its timestamp is shared). */
export function idempotencyMigration(name: string): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = name;
    async up(qr: QueryRunner): Promise<void> {
      await createTable(
        qr,
        'idempotency_keys',
        [
          col.id(),
          col.varchar('idempotency_key', 100),
          col.varchar('mutation', 60),
          col.int('result_id'),
        ],
        [index('idempotency_keys', ['idempotency_key'], true)],
      );
    }
    async down(qr: QueryRunner): Promise<void> {
      await qr.dropTable('idempotency_keys', true);
    }
  };
}

/**
 * Runs `create` once per key: a known key returns `load(firstResultId)`. Two racing first calls
 * meet at the unique index; the loser's transaction rolls back and its caller gets a CONFLICT to retry
 * (the retry then returns the first result).
 */
export async function idempotent<T extends { id: number }>(
  em: EntityManager,
  mutation: string,
  key: string | null | undefined,
  load: (id: number) => Promise<T | null>,
  create: () => Promise<T>,
): Promise<T> {
  if (!key) return create();
  const earlier = await em.findOneBy(IdempotencyKey, { idempotencyKey: key });
  if (earlier && earlier.mutation !== mutation)
    throw new ConflictError(`idempotency key ${key} belongs to another request`, {
      field: 'idempotencyKey',
    });
  if (earlier) {
    const first = await load(earlier.resultId);
    if (first) return first;
  }
  const made = await create();
  try {
    await em.insert(IdempotencyKey, { idempotencyKey: key, mutation, resultId: made.id });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new ConflictError(
        `a request with idempotency key ${key} is in progress; retry to get its result`,
        { field: 'idempotencyKey' },
      );
    throw err;
  }
  return made;
}

/** The input field every retryable create takes (e.g. `HoldMeetingInput.idempotencyKey`). */
export const IDEMPOTENCY_KEY_DESCRIPTION =
  '幂等键 a key the caller makes once per intended write; a retry with the same key returns the first result instead of a duplicate';
export const IDEMPOTENCY_KEY_PATTERN = /^[\w:.-]{1,100}$/;
export const IDEMPOTENCY_KEY_MESSAGE = 'idempotencyKey: 1–100 letters, digits and : . - _';

/**
 * The `idempotencyKey` field of a retryable create's input: a nullable String matched against
 * IDEMPOTENCY_KEY_PATTERN. `optional`: a null key also skips the check (@IsOptional).
 */
export const IdempotencyKeyField = (
  spec: { optional?: boolean; description?: string } = {},
): PropertyDecorator =>
  Input.text(spec.description ?? IDEMPOTENCY_KEY_DESCRIPTION, {
    nullable: true,
    optional: spec.optional,
    matches: IDEMPOTENCY_KEY_PATTERN,
    message: IDEMPOTENCY_KEY_MESSAGE,
  });
