import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation';
import { SecretaryProjectResolver } from './project/project.resolver';
import { SecretaryProjectMutations } from './project/project.mutations';
import { FirstSecretaryResolver } from './first-secretary/first-secretary.resolver';
import { PackageResponsibilityResolver } from './package/package.resolver';
import { CoBuildingAgreementResolver } from './agreement/agreement.resolver';
import { TaskAdmissionResolver } from './admission/admission.resolver';
import { ReceptionResolver } from './reception/reception.resolver';
import { CompoundAccountabilityResolver, GridAccountabilityResolver, OrganizationAccountabilityResolver, RegionAccountabilityResolver } from './extensions/place.resolver';
import { Grid, PartyOrganization, Region, ResidentialCompound, references } from './place.stub';

export function createAccountabilitySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        SecretaryProjectResolver, SecretaryProjectMutations, FirstSecretaryResolver, PackageResponsibilityResolver, CoBuildingAgreementResolver,
        TaskAdmissionResolver, ReceptionResolver, GridAccountabilityResolver, RegionAccountabilityResolver, CompoundAccountabilityResolver, OrganizationAccountabilityResolver,
      ],
      // Reachable only through _entities, so listed explicitly or the schema would drop them.
      orphanedTypes: [Grid, Region, ResidentialCompound, PartyOrganization],
    },
    references,
  );
}
