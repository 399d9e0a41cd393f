import { Arg, Args, ArgsType, Ctx, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { DeliveryState, WebhookDelivery, WebhookEndpoint } from './webhook.entity';
import { Department } from '../department/department.entity';
import { PageArgs, toPage, PageOf } from '../../../shared/pagination';
import { writeTransaction } from '../../../shared/tx';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../../shared/errors';
import { parseId, IdArg } from '../../../shared/ids';
import { actorOf, type Viewer } from '../../../shared/viewer';
import type { EntityManager } from 'typeorm';
import type { GridContext } from '../context';
import { WriteRule, type PlaceOf } from '../../../shared/auth/write-rule';
import { isVisibleTo } from '../../../shared/auth/policy';
import { Input } from '../../../shared/input-fields';

@InputType({ description: '登记推送地址 a department system registers where its case events go' })
export class RegisterWebhookInput {
  @Input.text('地址 http(s) URL that accepts signed POSTs', {
    matches: /^https?:\/\/[^\s]{3,490}$/,
    message: 'url must be an http or https URL',
  })
  url!: string;

  @Input.text('密钥 the HMAC-SHA256 secret, 32–200 characters; never shown again', {
    length: [32, 200],
  })
  secret!: string;

  @Input.text(
    '部门代码 only CITY_ADMIN names a department; a department system registers for its own',
    { nullable: true, optional: true, length: [1, 32] },
  )
  departmentCode?: string;

  @Input.text(
    "覆盖区划 deliver only events of cases under this region code (default: the caller's whole jurisdiction)",
    {
      nullable: true,
      optional: true,
      matches: /^\d{2,15}$/,
      message: 'under must be a division or grid code',
    },
  )
  under?: string;
}

@ArgsType()
class DeliveryLogArgs extends PageArgs {
  @Input.of(() => DeliveryState, '状态 only deliveries in this state', { nullable: true })
  state?: DeliveryState;
}

const WebhookDeliveryPage = PageOf(WebhookDelivery, '推送记录分页 a page of webhook deliveries');

/** The department a caller manages webhooks for: its own (DEPARTMENT) or the named one (CITY_ADMIN, SERVICE). */
async function departmentFor(
  viewer: Viewer,
  em: EntityManager,
  named?: string,
): Promise<Department> {
  const mayName = viewer.role === 'CITY_ADMIN' || viewer.role === 'SERVICE';
  if (viewer.role !== 'DEPARTMENT' && !mayName)
    throw new ForbiddenError(`role ${viewer.role} may not manage webhooks`);
  if (mayName && viewer.role === 'CITY_ADMIN' && viewer.regionPrefix !== '' && !named)
    throw new BadUserInputError('name the departmentCode', { field: 'departmentCode' });
  const code = viewer.role === 'DEPARTMENT' ? viewer.departmentCode : named;
  if (viewer.role === 'DEPARTMENT' && named && named !== code)
    throw new ForbiddenError('a department system manages only its own webhooks');
  if (!code) throw new BadUserInputError('departmentCode is required', { field: 'departmentCode' });
  const dept = await em.findOneBy(Department, { code });
  if (!dept) throw new NotFoundError('Department', code);
  return dept;
}

const endpointRegion: PlaceOf = async (args, em) => {
  const id = Number(args.id);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return (await em.findOneBy(WebhookEndpoint, { id }))?.regionCode ?? null;
};

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  // The endpoint covers a region inside the caller's jurisdiction: a district's system hears its district only.
  @WriteRule({
    roles: ['DEPARTMENT', 'CITY_ADMIN'],
    place: (args, _em, viewer) => args.input?.under ?? viewer.regionPrefix,
  })
  @Mutation(() => WebhookEndpoint, {
    description:
      '登记推送 register an endpoint for the case events that concern a department (DEPARTMENT for itself, CITY_ADMIN for any); writes webhook_endpoints',
  })
  registerWebhook(
    @Arg('input') input: RegisterWebhookInput,
    @Ctx() ctx: GridContext,
  ): Promise<WebhookEndpoint> {
    return writeTransaction(ctx.dataSource, async (em) => {
      const dept = await departmentFor(ctx.viewer, em, input.departmentCode);
      const { identifiers } = await em.insert(WebhookEndpoint, {
        departmentId: dept.id,
        regionCode: input.under ?? ctx.viewer.regionPrefix,
        url: input.url,
        secret: input.secret,
        active: true,
        createdBy: actorOf(ctx.viewer),
        createdAt: new Date(),
      });
      return (await em.findOneBy(WebhookEndpoint, { id: Number(identifiers[0].id) }))!;
    });
  }

  // The endpoint's own region, "" (everywhere) included: a district's caller cannot stop a city-wide endpoint.
  @WriteRule({ roles: ['DEPARTMENT', 'CITY_ADMIN'], place: endpointRegion })
  @Mutation(() => WebhookEndpoint, {
    description:
      '停用推送 stop delivering new events to an endpoint (same roles as registerWebhook); writes webhook_endpoints',
  })
  disableWebhook(
    @IdArg('订阅编号 webhook endpoint id') id: string,
    @Ctx() ctx: GridContext,
  ): Promise<WebhookEndpoint> {
    return writeTransaction(ctx.dataSource, async (em) => {
      const endpoint = await em.findOneBy(WebhookEndpoint, { id: parseId(id, 'id') });
      const dept = endpoint ? await em.findOneBy(Department, { id: endpoint.departmentId }) : null;
      // Someone else's endpoint and no endpoint look the same: refusals reveal nothing.
      if (!endpoint || !dept) throw new NotFoundError('WebhookEndpoint', id);
      const mine = await departmentFor(ctx.viewer, em, dept.code).catch(() => null);
      if (!mine) throw new NotFoundError('WebhookEndpoint', id);
      await em.update(WebhookEndpoint, { id: endpoint.id }, { active: false });
      return { ...endpoint, active: false };
    });
  }

  @Query(() => [WebhookEndpoint], {
    description:
      "推送地址 the webhook endpoints of the caller's department (or of the named one, for CITY_ADMIN)",
  })
  async webhooks(
    @Arg('departmentCode', {
      nullable: true,
      description: "部门代码 only this department's endpoints",
    })
    departmentCode: string,
    @Ctx() ctx: GridContext,
  ): Promise<WebhookEndpoint[]> {
    const dept = await departmentFor(
      ctx.viewer,
      ctx.dataSource.manager,
      departmentCode ?? undefined,
    );
    return ctx.dataSource
      .getRepository(WebhookEndpoint)
      .find({ where: { departmentId: dept.id }, order: { id: 'ASC' } });
  }

  @Query(() => WebhookDeliveryPage, {
    description:
      '推送日志 the delivery log of one endpoint, newest first: attempts, last status, dead letters',
  })
  async webhookDeliveries(
    @IdArg('订阅编号 webhook endpoint id', 'endpointId')
    endpointId: string,
    @Args() args: DeliveryLogArgs,
    @Ctx() ctx: GridContext,
  ) {
    const endpoint = await ctx.dataSource
      .getRepository(WebhookEndpoint)
      .findOneBy({ id: parseId(endpointId, 'endpointId') });
    const dept = endpoint
      ? await ctx.dataSource.getRepository(Department).findOneBy({ id: endpoint.departmentId })
      : null;
    const mine = dept
      ? await departmentFor(ctx.viewer, ctx.dataSource.manager, dept.code).catch(() => null)
      : null;
    // An endpoint outside the caller's jurisdiction (a city admin of another district) is no endpoint to it.
    if (!endpoint || !mine || !(await isVisibleTo(ctx, endpoint)))
      throw new NotFoundError('WebhookEndpoint', endpointId);
    const [items, total] = await ctx.dataSource.getRepository(WebhookDelivery).findAndCount({
      where: { endpointId: endpoint.id, ...(args.state ? { state: args.state } : {}) },
      order: { id: 'DESC' },
      skip: args.offset,
      take: args.limit,
    });
    return toPage(items, total, args);
  }
}
