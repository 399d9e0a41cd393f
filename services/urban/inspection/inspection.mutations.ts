import { Arg, Ctx, Resolver } from 'type-graphql';
import { In } from 'typeorm';
import { Inspection, InspectionFinding } from './inspection.entity';
import { RecordInspectionInput } from './inspection.inputs';
import { UrbanComponent } from '../component/component.entity';
import { parseId, IdArg } from '../../../shared/ids';
import { writeTransaction, affectedRows } from '../../../shared/tx';
import { idempotent } from '../../../shared/idempotency';
import { assertWithin } from '../../../shared/auth/policy';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/errors';
import type { UrbanContext } from '../context';
import { PLACE_STAFF, WriteMutation, argPlace, rowPlace } from '../../../shared/auth/write-rule';
import { assertNotFuture } from '../../../shared/scalars';

@Resolver(() => Inspection)
export class InspectionMutations {
  @WriteMutation(
    () => Inspection,
    "记录巡查 record an inspection; each finding also becomes its component's current condition",
    { roles: [...PLACE_STAFF, 'DEPARTMENT'], place: argPlace('input.gridCode') },
  )
  recordInspection(
    @Arg('input') input: RecordInspectionInput,
    @Ctx() ctx: UrbanContext,
  ): Promise<Inspection> {
    assertWithin(ctx.viewer, input.gridCode, 'the grid');
    if (input.inspectedOn) assertNotFuture(input.inspectedOn, 'inspectedOn');
    const ids = input.findings.map((f) => Number(f.componentId));
    if (new Set(ids).size !== ids.length)
      throw new BadUserInputError('a component appears twice in findings', { field: 'findings' });
    return writeTransaction(ctx.dataSource, async (em) => {
      const components = await em.findBy(UrbanComponent, { id: In(ids) });
      const foreign = ids.filter(
        (id) => components.find((c) => c.id === id)?.gridCode !== input.gridCode,
      );
      if (foreign.length)
        throw new BadUserInputError(
          `components ${foreign.join(', ')} are not in grid ${input.gridCode}`,
          { field: 'findings' },
        );
      const load = (id: number) => em.findOneBy(Inspection, { id });
      return idempotent(em, 'recordInspection', input.idempotencyKey, load, async () => {
        const { identifiers } = await em.insert(Inspection, {
          gridCode: input.gridCode,
          inspectorName: input.inspectorName,
          inspectedOn: input.inspectedOn ?? new Date().toISOString().slice(0, 10),
          note: input.note ?? null,
        });
        const inspectionId = Number(identifiers[0].id);
        for (const f of input.findings) {
          await em.insert(InspectionFinding, {
            inspectionId,
            componentId: Number(f.componentId),
            gridCode: input.gridCode,
            condition: f.condition,
            note: f.note ?? null,
            caseId: null,
          });
          await em.update(
            UrbanComponent,
            { id: Number(f.componentId) },
            { condition: f.condition },
          );
        }
        return (await load(inspectionId))!;
      });
    });
  }

  @WriteMutation(
    () => InspectionFinding,
    '关联立案 link a finding to the grid case opened for it through the graph (reportCase); set once',
    {
      roles: [...PLACE_STAFF, 'DEPARTMENT'],
      place: rowPlace(InspectionFinding, 'findingId'),
    },
  )
  linkFindingToCase(
    @IdArg('问题编号 the inspection finding id', 'findingId')
    findingId: string,
    @IdArg('事项编号 the case the finding is linked to', 'caseId')
    caseId: string,
    @Ctx() ctx: UrbanContext,
  ): Promise<InspectionFinding> {
    const id = parseId(findingId, 'findingId');
    const caseNo = parseId(caseId, 'caseId');
    return writeTransaction(ctx.dataSource, async (em) => {
      // Loading the row runs the row guard: a finding outside the caller's jurisdiction is FORBIDDEN.
      const finding = await em.findOneBy(InspectionFinding, { id });
      if (!finding) throw new NotFoundError('InspectionFinding', id);
      const result = await em
        .createQueryBuilder()
        .update(InspectionFinding)
        .set({ caseId: caseNo })
        .where('id = :id AND case_id IS NULL', { id })
        .execute();
      const now = affectedRows(result) ? (await em.findOneBy(InspectionFinding, { id }))! : finding;
      if (now.caseId !== caseNo)
        throw new ConflictError(`finding ${id} is already linked to case ${now.caseId}`, {
          field: 'caseId',
        });
      return now;
    });
  }
}
