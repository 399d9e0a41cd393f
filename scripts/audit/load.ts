/** Reads the audit's rows from the six subgraph databases, each through its own data source. */
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { createDataSource, type DbConfig } from '../../shared/data-source';
import { SUBGRAPHS } from '../../services/registry';
import { Region } from '../../services/grid/region/region.entity';
import { Grid } from '../../services/grid/grid/grid.entity';
import { GridWorker } from '../../services/grid/worker/grid-worker.entity';
import { Case } from '../../services/grid/case/case.entity';
import { CaseEvent } from '../../services/grid/case/case-event.entity';
import { Department } from '../../services/grid/department/department.entity';
import { PartyOrganization } from '../../services/party/organization/organization.entity';
import { PartyMember } from '../../services/party/member/member.entity';
import { PartyUnit } from '../../services/party/dual-report/unit.entity';
import { DualReport } from '../../services/party/dual-report/dual-report.entity';
import { ResidentialCompound } from '../../services/property/compound/compound.entity';
import { PropertyCompany } from '../../services/property/company/company.entity';
import {
  OwnersCommittee,
  OwnersCommitteeMember,
} from '../../services/property/committee/committee.entity';
import { ServiceEvaluation } from '../../services/property/evaluation/evaluation.entity';
import { LinkageDecision, LinkageMeeting } from '../../services/property/linkage/linkage.entity';
import { Volunteer } from '../../services/volunteer/volunteer/volunteer.entity';
import { VolunteerTeam } from '../../services/volunteer/team/team.entity';
import { ServiceActivity } from '../../services/volunteer/activity/activity.entity';
import { Participation } from '../../services/volunteer/activity/participation.entity';
import { MicroWish } from '../../services/volunteer/wish/micro-wish.entity';
import { UrbanComponent } from '../../services/urban/component/component.entity';
import { Inspection, InspectionFinding } from '../../services/urban/inspection/inspection.entity';
import { OnSiteRecord, UrbanTicket } from '../../services/urban/case-record/case-record.entity';
import { SecretaryProject } from '../../services/accountability/project/secretary-project.entity';
import { ProjectReview } from '../../services/accountability/project/project-review.entity';
import { FirstSecretaryAssignment } from '../../services/accountability/first-secretary/first-secretary.entity';
import {
  PackageResponsibility,
  PackageVisit,
} from '../../services/accountability/package/package-responsibility.entity';
import { CoBuildingAgreement } from '../../services/accountability/agreement/co-building-agreement.entity';
import { TaskAdmission } from '../../services/accountability/admission/task-admission.entity';
import { Reception } from '../../services/accountability/reception/reception.entity';
import type { AuditData } from './data';

export async function withSubgraph<T>(
  name: string,
  db: DbConfig,
  read: (ds: DataSource) => Promise<T>,
): Promise<T> {
  const mod = SUBGRAPHS.find((m) => m.name === name);
  if (!mod) throw new Error(`no subgraph ${name}`);
  const { dataSource } = await createDataSource({
    service: name,
    db,
    entities: mod.entities,
    migrations: mod.migrations,
  });
  try {
    return await read(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

const all = <T extends ObjectLiteral>(ds: DataSource, target: EntityTarget<T>): Promise<T[]> =>
  ds.getRepository(target).find();

export async function loadAuditData(db: DbConfig, now: Date = new Date()): Promise<AuditData> {
  const grid = await withSubgraph('grid', db, async (ds) => ({
    regions: await all(ds, Region),
    grids: await all(ds, Grid),
    departments: await all(ds, Department),
    workers: await all(ds, GridWorker),
    cases: await all(ds, Case),
    caseEvents: await all(ds, CaseEvent),
  }));
  const party = await withSubgraph('party', db, async (ds) => ({
    organizations: await all(ds, PartyOrganization),
    members: await all(ds, PartyMember),
    units: await all(ds, PartyUnit),
    dualReports: await all(ds, DualReport),
  }));
  const property = await withSubgraph('property', db, async (ds) => ({
    compounds: await all(ds, ResidentialCompound),
    companies: await all(ds, PropertyCompany),
    committees: await all(ds, OwnersCommittee),
    committeeMembers: await all(ds, OwnersCommitteeMember),
    evaluations: await all(ds, ServiceEvaluation),
    meetings: await all(ds, LinkageMeeting),
    decisions: await all(ds, LinkageDecision),
  }));
  const volunteer = await withSubgraph('volunteer', db, async (ds) => ({
    volunteers: await all(ds, Volunteer),
    teams: await all(ds, VolunteerTeam),
    activities: await all(ds, ServiceActivity),
    participations: await all(ds, Participation),
    wishes: await all(ds, MicroWish),
  }));
  const urban = await withSubgraph('urban', db, async (ds) => ({
    components: await all(ds, UrbanComponent),
    inspections: await all(ds, Inspection),
    findings: await all(ds, InspectionFinding),
    tickets: await all(ds, UrbanTicket),
    onSiteRecords: await all(ds, OnSiteRecord),
  }));
  const accountability = await withSubgraph('accountability', db, async (ds) => ({
    projects: await all(ds, SecretaryProject),
    reviews: await all(ds, ProjectReview),
    firstSecretaries: await all(ds, FirstSecretaryAssignment),
    packages: await all(ds, PackageResponsibility),
    visits: await all(ds, PackageVisit),
    agreements: await all(ds, CoBuildingAgreement),
    admissions: await all(ds, TaskAdmission),
    receptions: await all(ds, Reception),
  }));
  return { now, ...grid, ...party, ...property, ...volunteer, ...urban, ...accountability };
}
