import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { PersonalData } from '../../../shared/personal-data';

export enum OnSiteAction {
  ARRIVED = 'ARRIVED',
  REPAIRED = 'REPAIRED',
  REPLACED = 'REPLACED',
  CLEANED = 'CLEANED',
  RECTIFIED = 'RECTIFIED',
  OTHER = 'OTHER',
}

registerEnumType(OnSiteAction, {
  name: 'OnSiteAction',
  description: '现场处置 what the department did on site',
  valuesConfig: {
    ARRIVED: { description: '到场 arrived and checked' },
    REPAIRED: { description: '维修 repaired' },
    REPLACED: { description: '更换 replaced' },
    CLEANED: { description: '清理 cleaned up' },
    RECTIFIED: { description: '责令整改 ordered to rectify' },
    OTHER: { description: '其他 other' },
  },
});

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
@ObjectType({ description: '现场处置记录 OnSiteRecord: one step of the department\'s handling on site' })
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
