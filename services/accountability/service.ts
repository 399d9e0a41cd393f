import { defineSubgraph } from '../../shared/service';
import { SecretaryProject } from './project/secretary-project.entity';
import { ProjectReview } from './project/project-review.entity';
import { FirstSecretaryAssignment } from './first-secretary/first-secretary.entity';
import { PackageResponsibility, PackageVisit } from './package/package-responsibility.entity';
import { CoBuildingAgreement } from './agreement/co-building-agreement.entity';
import { TaskAdmission } from './admission/task-admission.entity';
import { Reception } from './reception/reception.entity';
import { InitAccountability1796158383058 } from './migrations/1796158383058-init-accountability';
import { AccountabilityRecords1796160000000 } from './migrations/1796160000000-accountability-records';
import { SecretaryProjectResolver } from './project/project.resolver';
import { SecretaryProjectMutations } from './project/project.mutations';
import { FirstSecretaryResolver } from './first-secretary/first-secretary.resolver';
import { PackageResponsibilityResolver } from './package/package.resolver';
import { CoBuildingAgreementResolver } from './agreement/agreement.resolver';
import { TaskAdmissionResolver } from './admission/admission.resolver';
import { ReceptionResolver } from './reception/reception.resolver';
import {
  CompoundAccountabilityResolver,
  GridAccountabilityResolver,
  OrganizationAccountabilityResolver,
  RegionAccountabilityResolver,
} from './extensions/place.resolver';
import { Grid, PartyOrganization, Region, ResidentialCompound, references } from './place.stub';
import { seedAccountability } from './seed';
import { createLoaders } from './context';

/** The accountability subgraph's manifest (考核督办): everything the launcher, composition, the seeder and the tests need. */
export const accountabilityService = defineSubgraph({
  name: 'accountability',
  entities: [
    SecretaryProject,
    ProjectReview,
    FirstSecretaryAssignment,
    PackageResponsibility,
    PackageVisit,
    CoBuildingAgreement,
    TaskAdmission,
    Reception,
  ],
  migrations: [InitAccountability1796158383058, AccountabilityRecords1796160000000],
  resolvers: [
    SecretaryProjectResolver,
    SecretaryProjectMutations,
    FirstSecretaryResolver,
    PackageResponsibilityResolver,
    CoBuildingAgreementResolver,
    TaskAdmissionResolver,
    ReceptionResolver,
    GridAccountabilityResolver,
    RegionAccountabilityResolver,
    CompoundAccountabilityResolver,
    OrganizationAccountabilityResolver,
  ],
  // Reachable only through _entities, so listed explicitly or the schema would drop them.
  orphanedTypes: [Grid, Region, ResidentialCompound, PartyOrganization],
  references,
  loaders: createLoaders,
  seed: seedAccountability,
});
