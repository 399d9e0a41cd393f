import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { index } from '../../../shared/migration';

/** 身份证号: the natural key a district's party-member spreadsheet (台账) is imported by. */
export class PartyMemberIdNumber1796100000000 implements MigrationInterface {
  name = 'PartyMemberIdNumber1796100000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn(
      'party_members',
      new TableColumn({ name: 'id_number', type: 'varchar', length: '18', isNullable: true }),
    );
    await qr.createIndex('party_members', index('party_members', ['id_number'], true));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('party_members', index('party_members', ['id_number'], true));
    await qr.dropColumn('party_members', 'id_number');
  }
}
