/** The roles of the graph (domain.md, Security); SERVICE is the gateway's own identity. */
export const ROLES = [
  'CITY_ADMIN',
  'STREET_STAFF',
  'COMMUNITY_STAFF',
  'GRID_WORKER',
  'DEPARTMENT',
  'ANALYST',
  'SERVICE',
] as const;
export type Role = (typeof ROLES)[number];

/** The verified caller, as the gateway passes it to every subgraph. */
export interface Viewer {
  /** Account id: who did it, for event logs. */
  sub: string;
  role: Role;
  /** Jurisdiction: a region or grid code prefix; '' means the whole graph. */
  regionPrefix: string;
  /** For DEPARTMENT callers: the department (grid subgraph Department.code) the system speaks for. */
  departmentCode?: string;
}

export const actorOf = (viewer: Viewer | null | undefined): string => viewer?.sub ?? 'anonymous';
