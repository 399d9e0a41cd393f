import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../shared/context';
import type { LoaderOptions } from '../../shared/loaders';
import { createCompoundLoaders } from './compound/compound.loaders';
import { createCompanyLoaders } from './company/company.loaders';
import { createCommitteeLoaders } from './committee/committee.loaders';
import { createLinkageLoaders } from './linkage/linkage.loaders';
import { createEvaluationLoaders } from './evaluation/evaluation.loaders';
import { createDisclosureLoaders } from './disclosure/disclosure.loaders';

/** Fresh loaders for every request: batching without serving one request's rows to the next. */
export function createLoaders(ds: DataSource, options: LoaderOptions) {
  return {
    ...createCompoundLoaders(ds, options),
    ...createCompanyLoaders(ds, options),
    ...createCommitteeLoaders(ds, options),
    ...createLinkageLoaders(ds, options),
    ...createEvaluationLoaders(ds, options),
    ...createDisclosureLoaders(ds, options),
  };
}

export type PropertyLoaders = ReturnType<typeof createLoaders>;
/** Settings from the environment: the weight of each evaluator kind in the composite score. */
export interface PropertyConfig {
  evaluationWeights: Record<string, number>;
}
export type PropertyContext = BaseContext<PropertyLoaders> & { config?: PropertyConfig };
