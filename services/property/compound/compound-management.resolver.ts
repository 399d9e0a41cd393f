import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { ResidentialCompound, ManagementMode } from './compound.entity';
import { CompoundManagementChange } from './management-change.entity';
import { ChangeManagementInput, RegisterCompoundInput } from './compound.inputs';
import { PropertyCompany } from '../company/company.entity';
import { assertDate, today } from '../calendar';
import { parseId } from '../../../shared/ids';
import { assertGridCode } from '../../../shared/codes';
import { BadUserInputError, NotFoundError } from '../../../shared/errors';
import type { PropertyContext } from '../context';
import { writeTransaction } from '../../../shared/tx';
import { REGION_STAFF, WriteRule, argPlace, rowPlace } from '../../../shared/auth/write-rule';

/** Mode and company must agree: a professional compound has a company, a self-managed or unmanaged one has none. */
async function checkCompany(
  em: EntityManager,
  mode: ManagementMode,
  companyId: string | null | undefined,
): Promise<number | null> {
  if (mode === ManagementMode.PROFESSIONAL && companyId == null) {
    throw new BadUserInputError('a PROFESSIONAL compound needs a companyId', {
      field: 'companyId',
    });
  }
  if ((mode === ManagementMode.SELF_MANAGED || mode === ManagementMode.NONE) && companyId != null) {
    throw new BadUserInputError(`a ${mode} compound has no company`, { field: 'companyId' });
  }
  if (companyId == null) return null;
  const id = parseId(companyId, 'companyId');
  if (!(await em.existsBy(PropertyCompany, { id }))) throw new NotFoundError('PropertyCompany', id);
  return id;
}

function notInFuture(date: string, field: string): string {
  if (assertDate(date, field) > today())
    throw new BadUserInputError(`${field} ${date} is in the future`, { field });
  return date;
}

@Resolver()
export class CompoundManagementResolver {
  @WriteRule({ roles: REGION_STAFF, place: argPlace('input.gridCode') })
  @Mutation(() => ResidentialCompound, {
    description: '登记小区 register a compound with its first management mode',
  })
  registerCompound(
    @Arg('input', { description: '小区 the compound' }) input: RegisterCompoundInput,
    @Ctx() ctx: PropertyContext,
  ) {
    const gridCode = assertGridCode(input.gridCode, 'gridCode');
    const since = notInFuture(input.since, 'since');
    return writeTransaction(ctx.dataSource, async (em) => {
      const companyId = await checkCompany(em, input.mode, input.companyId);
      const compound = await em.save(
        ResidentialCompound,
        em.create(ResidentialCompound, {
          name: input.name,
          gridCode,
          households: input.households,
          buildings: input.buildings,
          old: input.old,
          singleBuilding: input.singleBuilding,
          managementMode: input.mode,
          companyId,
          managementSince: since,
          disclosureFrom: null,
        }),
      );
      await em.insert(CompoundManagementChange, {
        compoundId: compound.id,
        gridCode,
        managementMode: input.mode,
        companyId,
        effectiveOn: since,
        note: null,
      });
      return compound;
    });
  }

  @WriteRule({ roles: REGION_STAFF, place: rowPlace(ResidentialCompound, 'input.compoundId') })
  @Mutation(() => ResidentialCompound, {
    description: '变更管理模式或物业企业 record a change of mode or company, with its date',
  })
  changeCompoundManagement(
    @Arg('input', { description: '变更 the change' }) input: ChangeManagementInput,
    @Ctx() ctx: PropertyContext,
  ) {
    const compoundId = parseId(input.compoundId, 'compoundId');
    const effectiveOn = notInFuture(input.effectiveOn, 'effectiveOn');
    return writeTransaction(ctx.dataSource, async (em) => {
      const compound = await em.findOneBy(ResidentialCompound, { id: compoundId });
      if (!compound) throw new NotFoundError('ResidentialCompound', compoundId);
      const companyId = await checkCompany(em, input.mode, input.companyId);
      // History is append-only: a change may not slip in before the one now in force.
      if (effectiveOn < compound.managementSince) {
        throw new BadUserInputError(
          `effectiveOn ${effectiveOn} is before the last change (${compound.managementSince})`,
          { field: 'effectiveOn' },
        );
      }
      await em.insert(CompoundManagementChange, {
        compoundId,
        gridCode: compound.gridCode,
        managementMode: input.mode,
        companyId,
        effectiveOn,
        note: input.note ?? null,
      });
      // The mirror follows the latest-dated change even if a concurrent, earlier-dated one commits after this.
      await em
        .createQueryBuilder()
        .update(ResidentialCompound)
        .set({ managementMode: input.mode, companyId, managementSince: effectiveOn })
        .where('id = :id AND management_since <= :d', { id: compoundId, d: effectiveOn })
        .execute();
      return Object.assign(compound, {
        managementMode: input.mode,
        companyId,
        managementSince: effectiveOn,
      });
    });
  }
}
