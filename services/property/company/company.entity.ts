import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Place, PublicRecord } from '../../../shared/auth/policy';

@Entity('property_companies')
@ObjectType({ description: '物业企业 Property company' })
@Directive('@key(fields: "id")')
@Place('regionCode')
@PublicRecord()
export class PropertyCompany {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '企业编号 company id' })
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: '名称 name' })
  name!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 18 })
  @Field({
    description:
      '统一社会信用代码 unified social credit code (GB 32100, 18 characters, check character verified)',
  })
  creditCode!: string;

  @Index()
  @Column({ type: 'varchar', length: 6 })
  @Field({
    description:
      '登记地区划代码 division code of the registering authority (characters 3–8 of the credit code)',
  })
  regionCode!: string;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '国有企业 state-owned' })
  stateOwned!: boolean;

  @Index()
  @Column({ type: 'int', nullable: true })
  partyOrganizationId!: number | null;
}
