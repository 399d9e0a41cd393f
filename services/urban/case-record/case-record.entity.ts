import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { PersonalData } from '../../../shared/personal-data';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export const OnSiteAction = defineEnum('OnSiteAction', '现场处置 what the department did on site', {
  ARRIVED: '到场 arrived and checked',
  REPAIRED: '维修 repaired',
  REPLACED: '更换 replaced',
  CLEANED: '清理 cleaned up',
  RECTIFIED: '责令整改 ordered to rectify',
  OTHER: '其他 other',
});
export type OnSiteAction = EnumValue<typeof OnSiteAction>;

/** The department's own ticket for a grid Case dispatched to it (吹哨报到): one per case. */
@Entity('urban_tickets')
@Place('gridCode')
export class UrbanTicket {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index({ unique: true })
  @Column({ type: 'int' })
  caseId!: number;

  @Column({ type: 'varchar', length: 15 })
  gridCode!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  ticketNo!: string;

  @Column({ type: 'datetime' })
  openedAt!: Date;
}

@Entity('urban_on_site_records')
@Place('gridCode')
@ObjectType({
  description: "现场处置记录 OnSiteRecord: one step of the department's handling on site",
})
export class OnSiteRecord {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Index()
  @Column({ type: 'int' })
  caseId!: number;

  @Column({ type: 'varchar', length: 15 })
  @Field({ description: '网格编码 the grid of the case' })
  gridCode!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => OnSiteAction, { description: '处置 action' })
  action!: OnSiteAction;

  @Column({ type: 'varchar', length: 50 })
  @Field({ description: '处置人 the officer on site (personal data)' })
  @PersonalData('name')
  handlerName!: string;

  @Column({ type: 'varchar', length: 500 })
  @Field({ description: '说明 note' })
  note!: string;

  @Column({ type: 'datetime' })
  @Field({ description: '时间 at' })
  at!: Date;
}
