import { Arg, Ctx, Resolver } from 'type-graphql';
import { In, type EntityManager } from 'typeorm';
import { PartyAlliance, PartyAllianceMember } from './alliance.entity';
import {
  AddAllianceMemberInput,
  CreateAllianceInput,
  UpdateAllianceInput,
  UpdateAllianceMemberInput,
  type AllianceListsInput,
} from './alliance.inputs';
import { PartyUnit } from '../dual-report/unit.entity';
import {
  PartyOrganization,
  PartyOrganizationLevel as L,
} from '../organization/organization.entity';
import { isUnder } from '../organization/organization.rules';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/errors';
import { isUniqueViolation } from '../../../shared/db-errors';
import { idempotent } from '../../../shared/idempotency';
import { prefixRange } from '../../../shared/codes';
import { assertNotFuture, todayLocal } from '../../../shared/scalars';
import { findForUpdate } from '../support';
import { parseId, IdArg } from '../../../shared/ids';
import { writeTransaction } from '../../../shared/tx';
import {
  REGION_STAFF,
  WriteMutation,
  argPlace,
  rowPlace,
  type WriteRuleSpec,
} from '../../../shared/auth/write-rule';
import type { PartyContext } from '../context';

const bad = (message: string, field: string) => new BadUserInputError(message, { field });
const LEADS = new Set<L>([L.STREET_WORKING_COMMITTEE, L.COMMUNITY_COMMITTEE, L.JOINT_COMMITTEE]);
const LISTS = [
  'coBuilding',
  'resourceSharing',
  'affairsConsultation',
  'talentDevelopment',
] as const;

/** The lead is a street or community organisation of the alliance's own region. */
async function assertLead(em: EntityManager, id: number, regionCode: string): Promise<void> {
  const org = await em.findOneBy(PartyOrganization, { id });
  if (!org) throw bad(`organisation ${id} does not exist`, 'leadOrganizationId');
  if (!LEADS.has(org.level) || org.regionCode !== regionCode)
    throw bad(
      "the lead is a street working committee, community committee or joint committee of the alliance's own region",
      'leadOrganizationId',
    );
}

/**
 * A member unit is a resident unit (驻区单位) of the alliance's region: registered on its line
 * (under it, or above it as a district-registered unit is) or with a standing dual report under it.
 */
async function assertResidentUnits(
  em: EntityManager,
  ids: number[],
  region: string,
  field: (i: number) => string,
): Promise<void> {
  const units = new Map((await em.findBy(PartyUnit, { id: In(ids) })).map((u) => [u.id, u]));
  const { lo, hi } = prefixRange(region);
  // Counted, not loaded: a unit's reports elsewhere are not the caller's to read.
  const rows: { id: number | string }[] = await em.query(
    `SELECT DISTINCT unit_id AS id FROM party_dual_reports WHERE unit_id IN (${ids.map(() => '?').join(', ')}) AND ended_on IS NULL AND region_code >= ? AND region_code < ?`,
    [...ids, lo, hi],
  );
  const reporting = new Set(rows.map((r) => Number(r.id)));
  ids.forEach((id, i) => {
    const unit = units.get(id);
    if (!unit) throw bad(`unit ${id} does not exist`, field(i));
    const onLine = isUnder(unit.regionCode, region) || isUnder(region, unit.regionCode);
    if (!onLine && !reporting.has(id))
      throw bad(
        `unit ${id} is neither registered on this alliance's line nor reports (双报到) under it`,
        field(i),
      );
  });
}

function joinedOn(given: string | undefined, otherwise: string, foundedOn: string, field: string) {
  const day = assertNotFuture(given ?? otherwise, field);
  if (day < foundedOn) throw bad(`a unit cannot join before the alliance was founded`, field);
  return day;
}

const listsOf = (input: AllianceListsInput | undefined) =>
  Object.fromEntries(LISTS.map((l) => [l, input?.[l] ?? []])) as Record<
    (typeof LISTS)[number],
    string[]
  >;

/** A change to a member unit of an alliance writes where the alliance lies. */
const ON_A_MEMBER: WriteRuleSpec = {
  roles: REGION_STAFF,
  place: rowPlace(PartyAlliance, 'input.allianceId'),
};

@Resolver(() => PartyAlliance)
export class PartyAllianceMutations {
  @WriteMutation(
    () => PartyAlliance,
    '成立党建联盟 form an alliance of a street or community (e.g. 红色物业联盟, 区域化党建联盟) with its member units and their four lists',
    { roles: REGION_STAFF, place: argPlace('input.regionCode') },
  )
  async createAlliance(
    @Arg('input') input: CreateAllianceInput,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyAlliance> {
    if (![9, 12].includes(input.regionCode.length))
      throw bad('an alliance belongs to a street (9 digits) or a community (12)', 'regionCode');
    assertNotFuture(input.foundedOn, 'foundedOn');
    const unitIds = input.members.map((m, i) => parseId(m.unitId, `members[${i}].unitId`));
    unitIds.forEach((id, i) => {
      if (unitIds.indexOf(id) !== i)
        throw bad(`unit ${id} is listed twice`, `members[${i}].unitId`);
    });
    const joined = input.members.map((m, i) =>
      joinedOn(m.joinedOn, input.foundedOn, input.foundedOn, `members[${i}].joinedOn`),
    );
    const leadId =
      input.leadOrganizationId == null
        ? null
        : parseId(input.leadOrganizationId, 'leadOrganizationId');
    return writeTransaction(ctx.dataSource, (em) =>
      idempotent(
        em,
        'createAlliance',
        input.idempotencyKey,
        (id) => em.findOneBy(PartyAlliance, { id }),
        async () => {
          if (leadId != null) await assertLead(em, leadId, input.regionCode);
          await assertResidentUnits(em, unitIds, input.regionCode, (i) => `members[${i}].unitId`);
          const alliance = await em.save(
            PartyAlliance,
            em.create(PartyAlliance, {
              name: input.name,
              regionCode: input.regionCode,
              leadOrganizationId: leadId,
              foundedOn: input.foundedOn,
            }),
          );
          await em.insert(
            PartyAllianceMember,
            input.members.map((m, i) => ({
              allianceId: alliance.id,
              unitId: unitIds[i],
              regionCode: alliance.regionCode,
              joinedOn: joined[i],
              ...listsOf(m.lists),
            })),
          );
          return alliance;
        },
      ),
    );
  }

  @WriteMutation(
    () => PartyAlliance,
    '更新党建联盟 rename an alliance, change its lead or correct its founding day',
    { roles: REGION_STAFF, place: rowPlace(PartyAlliance, 'input.id') },
  )
  async updateAlliance(
    @Arg('input') input: UpdateAllianceInput,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyAlliance> {
    const id = parseId(input.id, 'id');
    for (const f of ['name', 'foundedOn'] as const)
      if (input[f] === null) throw bad(`${f} cannot be cleared`, f);
    if (input.foundedOn) assertNotFuture(input.foundedOn, 'foundedOn');
    const leadId =
      input.leadOrganizationId == null
        ? input.leadOrganizationId
        : parseId(input.leadOrganizationId, 'leadOrganizationId');
    return writeTransaction(ctx.dataSource, async (em) => {
      const alliance = (await findForUpdate(em, PartyAlliance, [id])).get(id);
      if (!alliance) throw new NotFoundError('PartyAlliance', id);
      if (leadId != null) await assertLead(em, leadId, alliance.regionCode);
      if (input.foundedOn) {
        const rows: { first: string | Date | null }[] = await em.query(
          'SELECT MIN(joined_on) AS first FROM party_alliance_members WHERE alliance_id = ?',
          [id],
        );
        const first = rows[0]?.first;
        const day = first instanceof Date ? first.toISOString().slice(0, 10) : first;
        if (day && day < input.foundedOn)
          throw bad(`member units joined on ${day}, before that day`, 'foundedOn');
      }
      await em.update(PartyAlliance, id, {
        name: input.name ?? alliance.name,
        leadOrganizationId: leadId === undefined ? alliance.leadOrganizationId : leadId,
        foundedOn: input.foundedOn ?? alliance.foundedOn,
      });
      return (await em.findOneBy(PartyAlliance, { id }))!;
    });
  }

  @WriteMutation(
    () => PartyAllianceMember,
    '加入联盟 a resident unit joins an alliance with its four lists',
    ON_A_MEMBER,
  )
  async addAllianceMember(
    @Arg('input') input: AddAllianceMemberInput,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyAllianceMember> {
    const allianceId = parseId(input.allianceId, 'allianceId');
    const unitId = parseId(input.unitId, 'unitId');
    return writeTransaction(ctx.dataSource, (em) =>
      idempotent(
        em,
        'addAllianceMember',
        input.idempotencyKey,
        (id) => em.findOneBy(PartyAllianceMember, { id }),
        async () => {
          const alliance = (await findForUpdate(em, PartyAlliance, [allianceId])).get(allianceId);
          if (!alliance) throw new NotFoundError('PartyAlliance', allianceId);
          const day = joinedOn(input.joinedOn, todayLocal(), alliance.foundedOn, 'joinedOn');
          await assertResidentUnits(em, [unitId], alliance.regionCode, () => 'unitId');
          const already = () =>
            new ConflictError(`unit ${unitId} is already a member of this alliance`, {
              field: 'unitId',
            });
          if (await em.existsBy(PartyAllianceMember, { allianceId, unitId })) throw already();
          try {
            return await em.save(
              PartyAllianceMember,
              em.create(PartyAllianceMember, {
                allianceId,
                unitId,
                regionCode: alliance.regionCode,
                joinedOn: day,
                ...listsOf(input.lists),
              }),
            );
          } catch (err) {
            if (isUniqueViolation(err)) throw already();
            throw err;
          }
        },
      ),
    );
  }

  @WriteMutation(
    () => PartyAllianceMember,
    '更新四项清单 replace the lists a member unit signed; a list left out stays',
    ON_A_MEMBER,
  )
  async updateAllianceMember(
    @Arg('input') input: UpdateAllianceMemberInput,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyAllianceMember> {
    const allianceId = parseId(input.allianceId, 'allianceId');
    const unitId = parseId(input.unitId, 'unitId');
    for (const l of LISTS)
      if (input.lists[l] === null) throw bad(`${l} cannot be cleared to null`, `lists.${l}`);
    return writeTransaction(ctx.dataSource, async (em) => {
      const row = await em.findOneBy(PartyAllianceMember, { allianceId, unitId });
      if (!row) throw new NotFoundError('PartyAllianceMember', `${allianceId}/${unitId}`);
      const changes = Object.fromEntries(
        LISTS.filter((l) => input.lists[l]).map((l) => [l, input.lists[l]]),
      );
      if (Object.keys(changes).length) await em.update(PartyAllianceMember, row.id, changes);
      return (await em.findOneBy(PartyAllianceMember, { id: row.id }))!;
    });
  }

  @WriteMutation(
    () => PartyAlliance,
    '退出联盟 a member unit leaves an alliance; an alliance keeps at least one member unit',
    { roles: REGION_STAFF, place: rowPlace(PartyAlliance, 'allianceId') },
  )
  async removeAllianceMember(
    @IdArg('联盟 the alliance', 'allianceId') allianceIdArg: string,
    @IdArg('单位 the member unit leaving', 'unitId') unitIdArg: string,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyAlliance> {
    const allianceId = parseId(allianceIdArg, 'allianceId');
    const unitId = parseId(unitIdArg, 'unitId');
    return writeTransaction(ctx.dataSource, async (em) => {
      const alliance = (await findForUpdate(em, PartyAlliance, [allianceId])).get(allianceId);
      if (!alliance) throw new NotFoundError('PartyAlliance', allianceId);
      const members = await em.findBy(PartyAllianceMember, { allianceId });
      const leaving = members.find((m) => m.unitId === unitId);
      if (!leaving) throw new NotFoundError('PartyAllianceMember', `${allianceId}/${unitId}`);
      if (members.length === 1) throw bad('an alliance keeps at least one member unit', 'unitId');
      await em.delete(PartyAllianceMember, { id: leaving.id });
      return alliance;
    });
  }
}
