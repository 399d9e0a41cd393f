import type { DataSource } from 'typeorm';
import type { DemoCity } from '../../shared/demo/city';
import { insertAll } from '../../shared/seed-writer';
import { ResidentialCompound } from './compound/compound.entity';
import { CompoundManagementChange } from './compound/management-change.entity';
import { PropertyCompany } from './company/company.entity';
import { OwnersCommittee, OwnersCommitteeMember } from './committee/committee.entity';
import { LinkageDecision, LinkageMeeting } from './linkage/linkage.entity';
import { ServiceEvaluation } from './evaluation/evaluation.entity';
import { FeeDisclosure } from './disclosure/fee-disclosure.entity';

/** Writes the demo city's property rows with their generated ids (the grid subgraph's cases name compound ids). */
export async function seedProperty(ds: DataSource, city: DemoCity, progress: (msg: string) => void): Promise<void> {
  const p = city.property;
  await insertAll(ds, PropertyCompany, p.companies as Partial<PropertyCompany>[], progress, 'property companies');
  await insertAll(ds, ResidentialCompound, p.compounds as Partial<ResidentialCompound>[], progress, 'compounds');
  await insertAll(ds, CompoundManagementChange, p.managementChanges as Partial<CompoundManagementChange>[], progress, 'management changes');
  await insertAll(ds, OwnersCommittee, p.committees as Partial<OwnersCommittee>[], progress, 'owners committees');
  await insertAll(ds, OwnersCommitteeMember, p.committeeMembers as Partial<OwnersCommitteeMember>[], progress, 'committee members');
  await insertAll(ds, LinkageMeeting, p.meetings as Partial<LinkageMeeting>[], progress, 'linkage meetings');
  await insertAll(ds, LinkageDecision, p.decisions as Partial<LinkageDecision>[], progress, 'linkage decisions');
  await insertAll(ds, ServiceEvaluation, p.evaluations as Partial<ServiceEvaluation>[], progress, 'service evaluations');
  await insertAll(ds, FeeDisclosure, p.disclosures as Partial<FeeDisclosure>[], progress, 'fee disclosures');
}
