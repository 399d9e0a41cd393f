import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { Col, WithRecordId } from '../../../shared/columns';

@Entity('departments')
@ObjectType({
  description:
    '职能部门 Department (urban management, health, police, ...) that keeps its own grids',
})
export class Department extends WithRecordId {
  @Col.text(32, "部门代码 the department's own code, e.g. CG for 城管", { index: 'unique' })
  code!: string;

  @Col.text(100, '名称 name')
  name!: string;
}

@Entity('department_grids')
@Place('basicGridCode')
@ObjectType({
  description: "部门网格 A department's own grid, mapped onto one basic grid (多网合一)",
})
export class DepartmentGrid extends WithRecordId {
  @Index()
  @Column({ type: 'int' })
  departmentId!: number;

  @Col.text(32, "部门网格编码 the department's own code (CJ/T 349 style, 20 digits)", {
    index: 'unique',
  })
  code!: string;

  @Col.text(100, '名称 name')
  name!: string;

  @Col.text(15, '并入的基础网格 the basic grid it is folded into', { nullable: true, index: true })
  basicGridCode!: string | null;
}
