import { Column, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Col } from '../../shared/columns';

/**
 * The first columns of a compound's records (its owners' committees, management changes, fee
 * disclosures, linkage meetings): the generated id, described per record, the compound (a plain
 * column, not in the schema) and the compound's grid, which places the record. The record's own
 * columns and fields follow these, as a base class's come first. `indexCompound`: an index on the
 * compound alone.
 */
export function CompoundRecord(idDescription: string, options: { indexCompound?: boolean } = {}) {
  @ObjectType('CompoundRecord', { description: "a record of a compound, in the compound's grid" })
  abstract class Record {
    @Col.id(idDescription)
    id!: number;

    @Column({ type: 'int' })
    compoundId!: number;

    @Col.text(15, "所在网格编码 the compound's grid code")
    gridCode!: string;
  }
  // As `@Index()` stacked above the column's `@Column`: applied after it.
  if (options.indexCompound) Index()(Record.prototype, 'compoundId');
  return Record;
}
