import { Arg, Ctx, Resolver } from 'type-graphql';
import { ProjectStatus, SecretaryLevel, SecretaryProject } from './secretary-project.entity';
import { ProjectReview, ReviewKind } from './project-review.entity';
import { ClaimSecretaryProjectInput, ReviewSecretaryProjectInput } from './project.inputs';
import { BadUserInputError, ConflictError } from '../../../shared/errors';
import { parseId } from '../../../shared/ids';
import { actorOf } from '../../../shared/viewer';
import {
  assertNotBefore,
  authorize,
  guardedWrite,
  OFFICES,
  REVIEWERS,
  requireRow,
  updateWhere,
} from '../support';
import type { AccountabilityContext } from '../context';
import { WriteMutation, argPlace, rowPlace } from '../../../shared/auth/write-rule';

/** The region code a secretary of each level stands on. */
function assertLevelMatches(level: SecretaryLevel, code: string): void {
  const ok =
    level === SecretaryLevel.COMMUNITY
      ? code.length === 12
      : level === SecretaryLevel.STREET
        ? code.length === 9
        : level === SecretaryLevel.CITY
          ? code.length === 6 && code.endsWith('00')
          : code.length === 6 && !code.endsWith('00');
  if (!ok)
    throw new BadUserInputError(`a ${level} secretary's region code cannot be ${code}`, {
      field: 'regionCode',
    });
}

@Resolver(() => SecretaryProject)
export class SecretaryProjectMutations {
  @WriteMutation(
    () => SecretaryProject,
    '领办书记项目 a secretary claims a project. Who: CITY_ADMIN (any level), STREET_STAFF and COMMUNITY_STAFF for their own region. Writes: secretary_projects (accountability)',
    { roles: OFFICES, place: argPlace('input.regionCode') },
  )
  claimSecretaryProject(
    @Arg('input') input: ClaimSecretaryProjectInput,
    @Ctx() ctx: AccountabilityContext,
  ): Promise<SecretaryProject> {
    return guardedWrite(
      ctx,
      () => {
        const roles =
          input.level === SecretaryLevel.CITY || input.level === SecretaryLevel.DISTRICT
            ? (['CITY_ADMIN', 'SERVICE'] as const)
            : OFFICES;
        authorize(
          ctx,
          [...roles],
          input.regionCode,
          'the region',
          `claim a ${input.level} secretary project`,
        );
        assertLevelMatches(input.level, input.regionCode);
        return input.organizationId == null
          ? null
          : parseId(input.organizationId, 'organizationId');
      },
      async (em, organizationId) => {
        const { identifiers } = await em.insert(SecretaryProject, {
          level: input.level,
          regionCode: input.regionCode,
          organizationId,
          secretaryName: input.secretaryName,
          year: input.year,
          title: input.title,
          problem: input.problem,
          milestones: input.milestones.map((m) => ({
            title: m.title,
            dueOn: m.dueOn,
            done: false,
          })),
          status: ProjectStatus.CLAIMED,
          problemsSolved: 0,
          claimedOn: input.claimedOn,
        });
        return (await em.findOneBy(SecretaryProject, { id: Number(identifiers[0].id) }))!;
      },
    );
  }

  @WriteMutation(
    () => SecretaryProject,
    "点评书记项目 review a project with a score (季度点评, 半年研判, 跟踪调度, 限期整改, 述职评议). Who: CITY_ADMIN and STREET_STAFF over the project's region. Writes: project_reviews and the project's status (accountability)",
    { roles: REVIEWERS, place: rowPlace(SecretaryProject, 'input.projectId') },
  )
  reviewSecretaryProject(
    @Arg('input') input: ReviewSecretaryProjectInput,
    @Ctx() ctx: AccountabilityContext,
  ): Promise<SecretaryProject> {
    const id = parseId(input.projectId, 'projectId');
    return guardedWrite(
      ctx,
      async (em) => {
        const project = await requireRow(
          em,
          SecretaryProject,
          id,
          'projectId',
          'secretary project',
        );
        authorize(ctx, REVIEWERS, project.regionCode, 'the project', 'review a secretary project');
        if (input.kind === ReviewKind.RECTIFICATION && !input.rectifyBy)
          throw new BadUserInputError('a RECTIFICATION review needs rectifyBy', {
            field: 'rectifyBy',
          });
        if (input.rectifyBy) assertNotBefore(input.rectifyBy, input.reviewedOn, 'rectifyBy');
        assertNotBefore(input.reviewedOn, project.claimedOn, 'reviewedOn');
        for (const i of input.milestonesDone ?? []) {
          if (!Number.isInteger(i) || i < 0 || i >= project.milestones.length)
            throw new BadUserInputError(`milestone ${i} does not exist`, {
              field: 'milestonesDone',
            });
        }
        if (project.status === ProjectStatus.COMPLETED && input.kind !== ReviewKind.ANNUAL_REPORT) {
          throw new ConflictError(
            `secretary project ${id} is COMPLETED; only its annual report (ANNUAL_REPORT) reviews it now`,
          );
        }
        return project;
      },
      async (em, project) => {
        const done = new Set(input.milestonesDone ?? []);
        const milestones = project.milestones.map((m, i) => ({
          ...m,
          done: m.done || done.has(i),
        }));
        // Delivered when every milestone is done; a rectification order reopens it; the annual report (述职评议) reviews what was delivered.
        const status =
          input.kind === ReviewKind.RECTIFICATION
            ? ProjectStatus.RECTIFYING
            : milestones.every((m) => m.done)
              ? ProjectStatus.COMPLETED
              : ProjectStatus.IN_PROGRESS;
        // Conditional on the status read above: a concurrent review is a CONFLICT.
        await updateWhere(
          em,
          SecretaryProject,
          'id = :id AND status = :was',
          { id, was: project.status },
          { status, milestones, problemsSolved: input.problemsSolved ?? project.problemsSolved },
          `secretary project ${id} was changed meanwhile; re-read it`,
        );
        await em.insert(ProjectReview, {
          projectId: id,
          regionCode: project.regionCode,
          kind: input.kind,
          reviewedOn: input.reviewedOn,
          score: input.score,
          comment: input.comment,
          rectifyBy: input.rectifyBy ?? null,
          reviewer: actorOf(ctx.viewer),
        });
        return (await em.findOneBy(SecretaryProject, { id }))!;
      },
    );
  }
}
