import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { Col, WithId } from '../../../shared/columns';

@Entity('service_activities')
@Index(['gridCode', 'startsAt'])
@ObjectType({
  description: '志愿服务活动 Service activity: a scheduled piece of work with a capacity',
})
@Place('gridCode', 'regionCode')
export class ServiceActivity extends WithId {
  @Index()
  @Column({ type: 'int' })
  teamId!: number;

  @Col.text(200, '活动名称 title')
  title!: string;

  @Col.text(12, '所在社区代码 the 12-digit community it takes place in', { index: true })
  regionCode!: string;

  @Col.text(15, '所在网格编码 the grid it takes place in, if one', { nullable: true })
  gridCode!: string | null;

  @Col.datetime('开始时间 starts at')
  startsAt!: Date;

  @Col.datetime('结束时间 ends at')
  endsAt!: Date;

  @Col.int('名额 capacity: most participants it takes')
  capacity!: number;

  // Kept in step with participations by a conditional UPDATE, so capacity holds under concurrency.
  @Col.int('已报名 participants signed up', { default: 0 })
  signedUp!: number;
}
