import { Arg, Ctx, Resolver } from 'type-graphql';
import { PartyMember } from './member.entity';
import { RegisterPartyMemberInput, UpdatePartyMemberInput } from './member.inputs';
import { HOLDS_MEMBERS } from './member.mutations';
import { PartyOrganization } from '../organization/organization.entity';
import { isUnder } from '../organization/organization.rules';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/errors';
import { idNumberProblem, phoneProblem } from '../../../shared/cell-checks';
import { isUniqueViolation } from '../../../shared/db-errors';
import { idempotent } from '../../../shared/idempotency';
import { reportsUnder } from '../dual-report/serves-in';
import { assertNotFuture } from '../../../shared/scalars';
import { findForUpdate } from '../support';
import { parseId } from '../../../shared/ids';
import { writeTransaction } from '../../../shared/tx';
import {
  REGION_STAFF,
  WriteMutation,
  argPlace,
  places,
  rowPlace,
} from '../../../shared/auth/write-rule';
import type { PartyContext } from '../context';

const bad = (message: string, field: string) => new BadUserInputError(message, { field });

/** 入党 at 18 or older: the day the member joined, from the birth date the ID number carries. */
function assertJoinedOfAge(idNumber: string, joinedOn: string): void {
  const born = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  const eighteen = `${Number(born.slice(0, 4)) + 18}${born.slice(4)}`;
  if (joinedOn < eighteen)
    throw bad(`joinedOn ${joinedOn} is before the member's 18th birthday`, 'joinedOn');
}

@Resolver(() => PartyMember)
export class PartyMemberRecordMutations {
  @WriteMutation(
    () => PartyMember,
    '党员转入登记 register a member whose organisation relation moves in (组织关系转入) to an organisation in your jurisdiction; a person is registered once, by ID number',
    {
      roles: REGION_STAFF,
      place: places(
        rowPlace(PartyOrganization, 'input.organizationId'),
        argPlace('input.gridCode'),
      ),
    },
  )
  async registerPartyMember(
    @Arg('input') input: RegisterPartyMemberInput,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyMember> {
    const orgId = parseId(input.organizationId, 'organizationId');
    const idProblem = idNumberProblem(input.idNumber);
    if (idProblem) throw bad(idProblem, 'idNumber');
    if (input.phone && phoneProblem(input.phone)) throw bad(phoneProblem(input.phone)!, 'phone');
    assertNotFuture(input.joinedOn, 'joinedOn');
    assertNotFuture(input.transferredInOn, 'transferredInOn');
    if (input.transferredInOn < input.joinedOn)
      throw bad('the relation cannot move in before the member joined', 'transferredInOn');
    assertJoinedOfAge(input.idNumber, input.joinedOn);
    return writeTransaction(ctx.dataSource, (em) =>
      idempotent(
        em,
        'registerPartyMember',
        input.idempotencyKey,
        (id) => em.findOneBy(PartyMember, { id }),
        async () => {
          const org = await em.findOneBy(PartyOrganization, { id: orgId });
          if (!org) throw bad(`organisation ${orgId} does not exist`, 'organizationId');
          if (!HOLDS_MEMBERS.has(org.level))
            throw bad(`a ${org.level} does not hold members' relations`, 'organizationId');
          const gridCode = input.gridCode ?? org.gridCode;
          if (gridCode && !isUnder(gridCode, org.regionCode))
            throw bad(`grid ${gridCode} does not lie under the receiving organisation`, 'gridCode');
          // A person exists once: counted, not loaded, since the one registered may lie outside the caller's view.
          const taken: unknown[] = await em.query(
            'SELECT id FROM party_members WHERE id_number = ?',
            [input.idNumber],
          );
          const duplicate = () =>
            new ConflictError(
              'a party member with this ID number is already registered; move the relation with transferPartyMember',
              { field: 'idNumber' },
            );
          if (taken.length) throw duplicate();
          try {
            const { identifiers } = await em.insert(PartyMember, {
              name: input.name,
              idNumber: input.idNumber,
              phone: input.phone ?? null,
              address: input.address ?? null,
              organizationId: org.id,
              status: input.status,
              centerHousehold: false,
              gridCode: gridCode ?? null,
              regionCode: org.regionCode,
              joinedOn: input.joinedOn,
              transferredInOn: input.transferredInOn,
              transferredInFrom: input.transferredInFrom ?? null,
              version: 1,
            });
            return (await em.findOneBy(PartyMember, { id: Number(identifiers[0].id) }))!;
          } catch (err) {
            if (isUniqueViolation(err)) throw duplicate();
            throw err;
          }
        },
      ),
    );
  }

  @WriteMutation(
    () => PartyMember,
    "更新党员信息 change a member's name, phone, address, status, centre household or grid; the version goes up",
    {
      roles: REGION_STAFF,
      place: places(rowPlace(PartyMember, 'input.id'), argPlace('input.gridCode')),
    },
  )
  async updatePartyMember(
    @Arg('input') input: UpdatePartyMemberInput,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyMember> {
    const id = parseId(input.id, 'id');
    for (const f of ['name', 'status', 'centerHousehold'] as const)
      if (input[f] === null) throw bad(`${f} cannot be cleared`, f);
    if (input.phone && phoneProblem(input.phone)) throw bad(phoneProblem(input.phone)!, 'phone');
    return writeTransaction(ctx.dataSource, async (em) => {
      const member = (await findForUpdate(em, PartyMember, [id])).get(id);
      if (!member) throw new NotFoundError('PartyMember', id);
      if (input.expectedVersion != null && input.expectedVersion !== member.version)
        throw new ConflictError(
          `member ${id} is at version ${member.version}, not ${input.expectedVersion}`,
          { currentVersion: member.version },
        );
      const gridCode = input.gridCode === undefined ? member.gridCode : input.gridCode;
      if (
        gridCode &&
        gridCode !== member.gridCode &&
        !isUnder(gridCode, member.regionCode) &&
        !(await reportsUnder(em, 'member_id', id, gridCode.slice(0, 12)))
      )
        throw bad(
          `grid ${gridCode} lies neither under the member's organisation nor where the member reports (双报到)`,
          'gridCode',
        );
      // A centre household is one of its grid: a new grid starts without it unless the caller says so.
      const centerHousehold =
        input.centerHousehold ?? (gridCode === member.gridCode ? member.centerHousehold : false);
      if (centerHousehold && !gridCode)
        throw bad('only a member managed in a grid is a centre household', 'centerHousehold');
      const changes: Partial<PartyMember> = {
        name: input.name ?? member.name,
        phone: input.phone === undefined ? member.phone : input.phone,
        address: input.address === undefined ? member.address : input.address,
        status: input.status ?? member.status,
        centerHousehold,
        gridCode,
      };
      const result = await em
        .createQueryBuilder()
        .update(PartyMember)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id AND version = :v', { id, v: member.version })
        .execute();
      if (result.affected !== 1)
        throw new ConflictError(`member ${id} changed meanwhile; read it again`);
      return (await em.findOneBy(PartyMember, { id }))!;
    });
  }
}
