import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';

@Entity('service_activities')
@Index(['gridCode', 'startsAt'])
@ObjectType({
  description: '志愿服务活动 Service activity: a scheduled piece of work with a capacity',
})
@Place('gridCode', 'regionCode')
export class ServiceActivity {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Index()
  @Column({ type: 'int' })
  teamId!: number;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: '活动名称 title' })
  title!: string;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  @Field({ description: '所在社区代码 the 12-digit community it takes place in' })
  regionCode!: string;

  @Column({ type: 'varchar', length: 15, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: '所在网格编码 the grid it takes place in, if one',
  })
  gridCode!: string | null;

  @Column({ type: 'datetime' })
  @Field({ description: '开始时间 starts at' })
  startsAt!: Date;

  @Column({ type: 'datetime' })
  @Field({ description: '结束时间 ends at' })
  endsAt!: Date;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '名额 capacity: most participants it takes' })
  capacity!: number;

  // Kept in step with participations by a conditional UPDATE, so capacity holds under concurrency.
  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: '已报名 participants signed up' })
  signedUp!: number;
}
