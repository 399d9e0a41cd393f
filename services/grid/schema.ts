import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation';
import { GridResolver } from './grid/grid.resolver';
import { RegionResolver } from './region/region.resolver';
import { CaseResolver } from './case/case.resolver';
import { DepartmentGridResolver } from './department/department.resolver';
import { gridReference } from './grid/grid.reference';
import { regionReference } from './region/region.reference';
import { caseReference } from './case/case.reference';

export function createGridSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [GridResolver, RegionResolver, CaseResolver, DepartmentGridResolver] },
    { Grid: gridReference, Region: regionReference, Case: caseReference },
  );
}
