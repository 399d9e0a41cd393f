import { Column, Entity, Index } from 'typeorm';
import { Directive, ObjectType } from 'type-graphql';
import { Place, PublicRecord } from '../../../shared/auth/policy';
import { Col } from '../../../shared/columns';

@Entity('property_companies')
@ObjectType({ description: '物业企业 Property company' })
@Directive('@key(fields: "id")')
@Place('regionCode')
@PublicRecord()
export class PropertyCompany {
  @Col.id('企业编号 company id')
  id!: number;

  @Col.text(100, '名称 name')
  name!: string;

  @Col.text(
    18,
    '统一社会信用代码 unified social credit code (GB 32100, 18 characters, check character verified)',
    { index: 'unique' },
  )
  creditCode!: string;

  @Col.text(
    6,
    '登记地区划代码 division code of the registering authority (characters 3–8 of the credit code)',
    { index: true },
  )
  regionCode!: string;

  @Col.bool('国有企业 state-owned', { default: false })
  stateOwned!: boolean;

  @Index()
  @Column({ type: 'int', nullable: true })
  partyOrganizationId!: number | null;
}
