import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { idempotencyMigration } from '../../../shared/idempotency';

/** Idempotency keys for the party creates a district's system may retry (shared/idempotency). */
export class IdempotencyKeysParty1796200000000 extends idempotencyMigration(
  'IdempotencyKeysParty1796200000000',
) {}

/** 组织关系转入: a member registered on arrival keeps the day and the letter's sending organisation. */
export class PartyMemberTransferIn1796200000001 implements MigrationInterface {
  name = 'PartyMemberTransferIn1796200000001';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumns('party_members', [
      new TableColumn({ name: 'transferred_in_on', type: 'date', isNullable: true }),
      new TableColumn({
        name: 'transferred_in_from',
        type: 'varchar',
        length: '100',
        isNullable: true,
      }),
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('party_members', 'transferred_in_from');
    await qr.dropColumn('party_members', 'transferred_in_on');
  }
}
