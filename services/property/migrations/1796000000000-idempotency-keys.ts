import { idempotencyMigration } from '../../../shared/idempotency';

/** Idempotency keys for the create mutations a department system may retry (shared/idempotency). */
export class IdempotencyKeysProperty1796000000000 extends idempotencyMigration(
  'IdempotencyKeysProperty1796000000000',
) {}
