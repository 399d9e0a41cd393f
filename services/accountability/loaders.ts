import { In, type DataSource } from 'typeorm';
import { groupedLoader, type LoaderOptions } from '../../shared/loaders';
import { SecretaryProject } from './project/secretary-project.entity';
import { ProjectReview } from './project/project-review.entity';
import { PackageResponsibility, PackageVisit } from './package/package-responsibility.entity';
import { CoBuildingAgreement } from './agreement/co-building-agreement.entity';

/** Every relation this subgraph serves, batched per request. */
export function createAccountabilityLoaders(ds: DataSource, options: LoaderOptions) {
  const by = <T extends object, K extends string | number>(
    target: new () => T,
    column: keyof T & string,
  ) =>
    groupedLoader<K, T>(
      (keys) =>
        ds
          .getRepository(target)
          .find({ where: { [column]: In([...keys]) } as any, order: { id: 'ASC' } as any }),
      (r) => (r as any)[column],
      options,
    );
  return {
    reviewsByProjectId: by<ProjectReview, number>(ProjectReview, 'projectId'),
    projectsByOrganizationId: by<SecretaryProject, number>(SecretaryProject, 'organizationId'),
    visitsByPackageId: by<PackageVisit, number>(PackageVisit, 'packageId'),
    packagesByGridCode: by<PackageResponsibility, string>(PackageResponsibility, 'gridCode'),
    packagesByCompoundId: by<PackageResponsibility, number>(PackageResponsibility, 'compoundId'),
    agreementsByOrganizationId: by<CoBuildingAgreement, number>(
      CoBuildingAgreement,
      'organizationId',
    ),
  };
}
