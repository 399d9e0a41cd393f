import type { GraphQLSchema } from 'graphql';
import './visibility';
import { buildFederatedSchema } from '../../shared/federation';
import { GridResolver } from './grid/grid.resolver';
import { GridMutations } from './grid/grid.mutations';
import { RegionResolver } from './region/region.resolver';
import { CaseResolver } from './case/case.resolver';
import { CaseMutations } from './case/case.mutations';
import { DepartmentGridResolver, DepartmentResolver } from './department/department.resolver';
import { DepartmentMutations } from './department/department.mutations';
import { GridWorkerResolver } from './worker/grid-worker.resolver';
import { GridImport } from './grid/grid.import';
import { GridWorkerImport } from './worker/grid-worker.import';
import { gridReference } from './grid/grid.reference';
import { regionReference } from './region/region.reference';
import { caseReference } from './case/case.reference';

export function createGridSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [GridResolver, GridMutations, RegionResolver, CaseResolver, CaseMutations, DepartmentGridResolver, DepartmentResolver, DepartmentMutations, GridWorkerResolver, GridImport, GridWorkerImport] },
    { Grid: gridReference, Region: regionReference, Case: caseReference },
  );
}
