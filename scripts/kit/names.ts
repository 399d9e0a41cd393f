/** Every spelling of a new subgraph's names, derived once so the templates never disagree. */
export interface KitNames {
  /** Subgraph, folder, docker service and env prefix: `urban`. */
  name: string;
  /** `Urban`, `URBAN`. */
  Pascal: string;
  UPPER: string;
  /** The first entity's folder and file stem: `component`. */
  entity: string;
  /** Its class and GraphQL type: `UrbanComponent`; camel `urbanComponent`; plural field `urbanComponents`. */
  Cls: string;
  cls: string;
  clsPlural: string;
  /** Its table: `urban_components`. */
  table: string;
  /** The entity as a count field: `components`. */
  entityPlural: string;
  /** Chinese terms for descriptions (the Chinese term comes first in every description). */
  cn: string;
  entityCn: string;
  port: number;
  /** Migration timestamp, so the class name is unique and ordered. */
  stamp: number;
}

export const NAME_RULE = /^[a-z][a-z0-9]{1,19}$/;
export const RESERVED = new Set([
  'gateway',
  'shared',
  'scripts',
  'test',
  'services',
  'registry',
  'helpers',
  'e2e',
  'kit',
  'dist',
  'node',
  'mysql',
  'seed',
]);

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const plural = (s: string) =>
  /(s|x|ch|sh)$/.test(s) ? `${s}es` : /[^aeiou]y$/.test(s) ? `${s.slice(0, -1)}ies` : `${s}s`;

export function kitNames(o: {
  name: string;
  entity: string;
  cn: string;
  entityCn: string;
  port: number;
  stamp: number;
}): KitNames {
  const Cls = pascal(o.name) + pascal(o.entity);
  const cls = o.name + pascal(o.entity);
  return {
    name: o.name,
    Pascal: pascal(o.name),
    UPPER: o.name.toUpperCase(),
    entity: o.entity,
    Cls,
    cls,
    clsPlural: plural(cls),
    table: `${o.name}_${plural(o.entity)}`,
    entityPlural: plural(o.entity),
    cn: o.cn,
    entityCn: o.entityCn,
    port: o.port,
    stamp: o.stamp,
  };
}
