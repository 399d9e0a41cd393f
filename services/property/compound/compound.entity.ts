import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { ENTITY } from '../../../shared/foreign-entities';

/** How a compound is managed; the three Baishan models plus a professional company or nothing. */
export const ManagementMode = defineEnum(
  'ManagementMode',
  '物业管理模式 how a compound is managed',
  {
    PROFESSIONAL: '专业物业 a professional property company',
    QUASI: '准物业 community-run, low-fee, non-profit management',
    SELF_MANAGED: '居民自治 residents manage the compound themselves',
    FALLBACK: '街道社区兜底 the street or community steps in as manager of last resort',
    NONE: '无物业 no management at all',
  },
);
export type ManagementMode = EnumValue<typeof ManagementMode>;

@Entity('residential_compounds')
@ObjectType({ description: ENTITY.ResidentialCompound.description })
@Directive('@key(fields: "id")')
@Place('gridCode')
export class ResidentialCompound {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: ENTITY.ResidentialCompound.keyDescription })
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: '名称 name' })
  name!: string;

  @Index()
  @Column({ type: 'varchar', length: 15 })
  @Field({ description: '所在网格编码 the basic grid the compound lies in (15 digits)' })
  gridCode!: string;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: '户数 households' })
  households!: number;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int, { description: '楼栋数 buildings' })
  buildings!: number;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '老旧小区 an old compound (built before 2000, due for renovation)' })
  old!: boolean;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '单体楼 a single stand-alone building rather than a compound' })
  singleBuilding!: boolean;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  @Field(() => ManagementMode, { description: '当前管理模式 management mode now' })
  managementMode!: ManagementMode;

  @Index()
  @Column({ type: 'int', nullable: true })
  companyId!: number | null;

  @Column({ type: 'date' })
  @Field({
    description: '现模式起始日 the date the current mode and company took effect (YYYY-MM-DD)',
  })
  managementSince!: string;

  @Column({ type: 'varchar', length: 7, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      '阳光酬金制起始月 first month of monthly fee disclosure (YYYY-MM); null when not in the scheme',
  })
  disclosureFrom!: string | null;
}
