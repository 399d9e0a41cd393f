import { BadUserInputError } from '../../../shared/errors';
import { isGridCode, regionPrefix } from '../../../shared/codes';
import { PartyOrganizationLevel as L } from './organization.entity';

/** The chain: each tree level sits directly below the one before it. */
export const TREE_LEVELS: L[] = [
  L.CITY_COMMITTEE,
  L.DISTRICT_COMMITTEE,
  L.STREET_WORKING_COMMITTEE,
  L.COMMUNITY_COMMITTEE,
  L.GRID_BRANCH,
  L.BUILDING_GROUP,
];

/** Which parents each level or kind may hang under (null: a root). */
export const ALLOWED_PARENTS: Record<L, (L | null)[]> = {
  [L.CITY_COMMITTEE]: [null],
  [L.DISTRICT_COMMITTEE]: [L.CITY_COMMITTEE],
  [L.STREET_WORKING_COMMITTEE]: [L.DISTRICT_COMMITTEE],
  [L.COMMUNITY_COMMITTEE]: [L.STREET_WORKING_COMMITTEE],
  [L.GRID_BRANCH]: [L.COMMUNITY_COMMITTEE],
  [L.BUILDING_GROUP]: [L.GRID_BRANCH],
  // 大工委 under a street working committee, 联合党委 under a community committee.
  [L.JOINT_COMMITTEE]: [L.STREET_WORKING_COMMITTEE, L.COMMUNITY_COMMITTEE],
  [L.INDUSTRY]: [L.CITY_COMMITTEE, L.DISTRICT_COMMITTEE],
  // A group company's committee may hold its subsidiaries' organisations.
  [L.ENTERPRISE]: [
    L.CITY_COMMITTEE,
    L.DISTRICT_COMMITTEE,
    L.STREET_WORKING_COMMITTEE,
    L.INDUSTRY,
    L.ENTERPRISE,
  ],
};

/** Region code length a level must be tied to; grid-tied levels store their community (12). */
const REGION_LENGTHS: Record<L, number[]> = {
  [L.CITY_COMMITTEE]: [6],
  [L.DISTRICT_COMMITTEE]: [6],
  [L.STREET_WORKING_COMMITTEE]: [9],
  [L.COMMUNITY_COMMITTEE]: [12],
  [L.GRID_BRANCH]: [12],
  [L.BUILDING_GROUP]: [12],
  [L.JOINT_COMMITTEE]: [9, 12],
  [L.INDUSTRY]: [6],
  [L.ENTERPRISE]: [6, 9, 12],
};

export const GRID_TIED = new Set<L>([L.GRID_BRANCH, L.BUILDING_GROUP]);

export interface Placed {
  id?: number;
  level: L;
  regionCode: string;
  gridCode: string | null;
}

export const isUnder = (code: string, region: string): boolean =>
  code.startsWith(regionPrefix(region));

/** Where an organisation may be placed, independent of its parent. */
export function assertPlacement(o: Placed): void {
  if (GRID_TIED.has(o.level)) {
    if (!o.gridCode || !isGridCode(o.gridCode)) {
      throw new BadUserInputError(`a ${o.level} is tied to a grid: gridCode must be 15 digits`, {
        field: 'gridCode',
      });
    }
    if (o.regionCode !== o.gridCode.slice(0, 12))
      throw new BadUserInputError("regionCode must be the grid's community", {
        field: 'regionCode',
      });
  } else if (o.gridCode) {
    throw new BadUserInputError(`a ${o.level} is tied to a region, not a grid`, {
      field: 'gridCode',
    });
  }
  if (!/^\d+$/.test(o.regionCode) || !REGION_LENGTHS[o.level].includes(o.regionCode.length)) {
    throw new BadUserInputError(
      `a ${o.level} is tied to a ${REGION_LENGTHS[o.level].join(' or ')}-digit region code`,
      { field: 'regionCode' },
    );
  }
}

/** A child's level must sit directly below its parent's, and it must lie inside its parent's region. */
export function assertParent(child: Placed, parent: Placed | null): void {
  const allowed = ALLOWED_PARENTS[child.level];
  if (!allowed.includes(parent ? parent.level : null)) {
    const want = allowed.map((l) => l ?? 'no parent').join(' or ');
    throw new BadUserInputError(
      `a ${child.level} must sit directly below ${want}, not ${parent ? parent.level : 'no parent'}`,
      {
        field: 'parentId',
        reason: 'LEVEL',
      },
    );
  }
  if (!parent) return;
  if (!isUnder(child.regionCode, parent.regionCode)) {
    throw new BadUserInputError(
      `region ${child.regionCode} lies outside the parent's region ${parent.regionCode}`,
      {
        field: 'parentId',
        reason: 'REGION',
      },
    );
  }
  if (child.level === L.BUILDING_GROUP && child.gridCode !== parent.gridCode) {
    throw new BadUserInputError('a building group serves the same grid as its branch', {
      field: 'gridCode',
      reason: 'REGION',
    });
  }
}
