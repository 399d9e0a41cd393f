import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupedLoader, type LoaderOptions, rowBy, rowsBy } from '../../../shared/loaders';
import { PartyOrganization, PartyOrganizationLevel as L } from './organization.entity';
import { PartyMember } from '../member/member.entity';

export function createOrganizationLoaders(ds: DataSource, options: LoaderOptions) {
  const orgs = ds.getRepository(PartyOrganization);
  return {
    partyOrganizationById: rowBy(orgs, 'id', options),
    partyOrganizationsByParentId: rowsBy(orgs, 'parentId', options, { id: 'ASC' }),
    /** Grid branches and building groups of each grid, in one statement for both Grid fields. */
    gridOrganizationsByGridCode: groupedLoader<string, PartyOrganization>(
      (codes) =>
        orgs.find({
          where: { gridCode: In([...codes]), level: In([L.GRID_BRANCH, L.BUILDING_GROUP]) },
          order: { id: 'ASC' },
        }),
      (o) => o.gridCode!,
      options,
    ),
    membersByOrganizationId: membersLoader(ds, options),
  };
}

/** An organisation's members and those of its building groups: one join for every organisation asked. */
function membersLoader(ds: DataSource, options: LoaderOptions) {
  return new DataLoader<number, PartyMember[]>(
    async (ids) => {
      const { entities, raw } = await ds
        .getRepository(PartyMember)
        .createQueryBuilder('m')
        .innerJoin(PartyOrganization, 'o', 'o.id = m.organization_id')
        .addSelect('o.parent_id', 'owner_parent_id')
        .addSelect('o.level', 'owner_level')
        .where('m.organization_id IN (:...ids)', { ids })
        // Both sides of the OR on m.organization_id, so each uses its index: an OR on the joined row scanned every member.
        .orWhere(
          'm.organization_id IN (SELECT g.id FROM party_organizations g WHERE g.parent_id IN (:...ids) AND g.level = :group)',
          { ids, group: L.BUILDING_GROUP },
        )
        .orderBy('m.id', 'ASC')
        .getRawAndEntities();
      const groupParent = new Map<number, number>();
      for (const r of raw)
        if (r.owner_level === L.BUILDING_GROUP)
          groupParent.set(Number(r.m_id), Number(r.owner_parent_id));
      const byKey = new Map<number, PartyMember[]>(ids.map((id) => [id, []]));
      for (const m of entities) {
        byKey.get(m.organizationId)?.push(m);
        const parent = groupParent.get(m.id);
        if (parent != null) byKey.get(parent)?.push(m);
      }
      return ids.map((id) => byKey.get(id)!);
    },
    { batch: options.batch, maxBatchSize: 1000 },
  );
}
