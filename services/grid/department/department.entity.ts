import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';

@Entity('departments')
@ObjectType({
  description:
    '职能部门 Department (urban management, health, police, ...) that keeps its own grids',
})
export class Department {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 the id of this record' })
  id!: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  @Field({ description: "部门代码 the department's own code, e.g. CG for 城管" })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: '名称 name' })
  name!: string;
}

@Entity('department_grids')
@Place('basicGridCode')
@ObjectType({
  description: "部门网格 A department's own grid, mapped onto one basic grid (多网合一)",
})
export class DepartmentGrid {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 the id of this record' })
  id!: number;

  @Index()
  @Column({ type: 'int' })
  departmentId!: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  @Field({ description: "部门网格编码 the department's own code (CJ/T 349 style, 20 digits)" })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: '名称 name' })
  name!: string;

  @Index()
  @Column({ type: 'varchar', length: 15, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: '并入的基础网格 the basic grid it is folded into',
  })
  basicGridCode!: string | null;
}
