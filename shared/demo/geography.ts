/**
 * Deterministic demo geography: regions (city → district → street → community) and grids
 * (community grid → basic → micro, plus dedicated unit grids) with GB/T 2260 codes on top.
 * Pure: same (size, seed) gives deep-equal output; only the two sibling files are used.
 */
import { Rng } from './random';
import { communityName, siteName, streetName, type SiteKind } from './names';

export type DemoSize = 'demo' | 'city' | 'province';
export type RegionLevel = 'CITY' | 'DISTRICT' | 'STREET' | 'COMMUNITY';
export type GridLevel = 'COMMUNITY_GRID' | 'BASIC' | 'MICRO' | 'DEDICATED';

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface GridRow {
  code: string;
  name: string;
  level: GridLevel;
  parentCode: string | null;
  regionCode: string;
  households: number;
  population: number;
  buildings: number;
}

export interface Geography {
  size: DemoSize;
  seed: number;
  regions: RegionRow[];
  grids: GridRow[];
  cityCodes: string[];
}

/** The date of the Baishan seed article (2021-01-04). */
export const DEFAULT_SEED = 20210104;

interface CitySpec {
  code: string;
  name: string;
  /** "220602浑江区 220605江源区 …": real GB/T 2260 codes. */
  districts: string;
  /** Real street/township names per district, used before generated ones. */
  streets?: Record<string, string>;
}

const CITIES: CitySpec[] = [
  {
    code: '220100',
    name: '长春市',
    districts:
      '220102南关区 220103宽城区 220104朝阳区 220105二道区 220106绿园区 220112双阳区 220113九台区 220122农安县 220182榆树市 220183德惠市 220184公主岭市',
    streets: {
      220102:
        '南岭街道 自由大路街道 永吉街道 桃源街道 鸿城街道 民康街道 新春街道 长通街道 全安街道 曙光街道',
      220103:
        '新发街道 站前街道 南广街道 东广街道 群英街道 兴业街道 凯旋街道 团山街道 欣园街道 柳影街道',
      220104: '前进街道 桂林街道 南湖街道 永昌街道 重庆街道 清和街道 红旗街道 湖西街道',
      220105: '东盛街道 吉林街道 荣光街道 东站街道 远达街道 八里堡街道 长青街道',
      220106: '正阳街道 春城街道 普阳街道 铁西街道 青年街道 同心街道 林园街道',
    },
  },
  {
    code: '220200',
    name: '吉林市',
    districts:
      '220202昌邑区 220203龙潭区 220204船营区 220211丰满区 220221永吉县 220281蛟河市 220282桦甸市 220283舒兰市 220284磐石市',
  },
  {
    code: '220300',
    name: '四平市',
    districts: '220302铁西区 220303铁东区 220322梨树县 220323伊通满族自治县 220382双辽市',
  },
  {
    code: '220400',
    name: '辽源市',
    districts: '220402龙山区 220403西安区 220421东丰县 220422东辽县',
  },
  {
    code: '220500',
    name: '通化市',
    districts:
      '220502东昌区 220503二道江区 220521通化县 220523辉南县 220524柳河县 220581梅河口市 220582集安市',
  },
  {
    code: '220600',
    name: '白山市',
    districts:
      '220602浑江区 220605江源区 220621抚松县 220622靖宇县 220623长白朝鲜族自治县 220681临江市',
    streets: {
      220602:
        '红旗街道 新建街道 通江街道 东兴街道 河口街道 城南街道 板石街道 江北街道 七道江镇 六道江镇 红土崖镇 三道沟镇',
      220605: '孙家堡子街道 城墙街道 正岔街道 湾沟镇 松树镇 砟子镇 石人镇 大阳岔镇',
      220621: '抚松镇 松江河镇 泉阳镇 露水河镇 万良镇 仙人桥镇 东岗镇 漫江镇 北岗镇 兴参镇',
      220622: '靖宇镇 三道湖镇 那尔轰镇 花园口镇 景山镇 龙泉镇',
      220623: '长白镇 八道沟镇 十四道沟镇 马鹿沟镇 宝泉山镇 新房子镇',
      220681:
        '建国街道 新市街道 大湖街道 森工街道 兴隆街道 大栗子街道 六道沟镇 苇沙河镇 花山镇 闹枝镇 桦树镇 四道沟镇',
    },
  },
  {
    code: '220700',
    name: '松原市',
    districts: '220702宁江区 220721前郭尔罗斯蒙古族自治县 220722长岭县 220723乾安县 220781扶余市',
  },
  {
    code: '220800',
    name: '白城市',
    districts: '220802洮北区 220821镇赉县 220822通榆县 220881洮南市 220882大安市',
  },
  {
    code: '222400',
    name: '延边朝鲜族自治州',
    districts:
      '222401延吉市 222402图们市 222403敦化市 222404珲春市 222405龙井市 222406和龙市 222424汪清县 222426安图县',
    streets: { 222401: '进学街道 北山街道 新兴街道 公园街道 建工街道 河南街道' },
  },
  {
    code: '371600',
    name: '滨州市',
    districts:
      '371602滨城区 371603沾化区 371621惠民县 371622阳信县 371623无棣县 371625博兴县 371681邹平市',
    streets: {
      371602:
        '市中街道 市西街道 市东街道 北镇街道 彭李街道 滨北街道 梁才街道 杜店街道 沙河街道 里则街道',
      371603: '富国街道 富源街道',
      371621: '孙武街道 武定府街道 何坊街道',
      371622: '信城街道 金阳街道',
      371623: '棣丰街道 海丰街道',
      371625: '城东街道 锦秋街道 博昌街道',
      371681: '黛溪街道 黄山街道 高新街道 好生街道 西董街道',
    },
  },
];

const BAISHAN = '220600';
// Demo keeps only the two urban districts of Baishan, the city of the seed article.
const DEMO_DISTRICTS = new Set(['220602', '220605']);

// City-scale targets from the domain's "Scale to plan for" (Changchun/Binzhou figures).
const SCALE = {
  streets: [32, 38],
  communities: [215, 245],
  basic: 1300,
  micro: 2300,
  dedicated: 80,
} as const;

const SITE_KINDS: [SiteKind, number][] = [
  ['SCHOOL', 4],
  ['HOSPITAL', 2],
  ['MARKET', 2],
  ['BUSINESS_DISTRICT', 1],
];

/** micros[i] = number of micro grids under basic grid i + 1, so micros.length is the basic count. */
interface CommunityPlan {
  code: string;
  name: string;
  micros: number[];
  dedicated: number;
}

/** Split `total` into integers >= min (and <= max) roughly proportional to weights; sum is exact. */
function allocate(total: number, weights: number[], min: number, max = Infinity): number[] {
  const free = total - min * weights.length;
  if (free < 0) throw new RangeError(`allocate: ${total} < ${weights.length} x ${min}`);
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const shares = weights.map((w) => (free * w) / sum);
  const counts = shares.map((s) => Math.min(max, min + Math.floor(s)));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  // Largest remainders first; ties by index so the result never depends on sort stability.
  const order = shares
    .map((s, i) => [s - Math.floor(s), i])
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .map((x) => x[1]);
  while (rest > 0) {
    let moved = false;
    for (const i of order) {
      if (rest > 0 && counts[i] < max) {
        counts[i]++;
        rest--;
        moved = true;
      }
    }
    if (!moved) throw new RangeError('allocate: caps too low for total');
  }
  return counts;
}

const stemOf = (district: string): string =>
  district.replace(/((朝鲜|满|蒙古)族)?自治[县州]$|(区|县|市)$/, '') || district;

/** Kind of a street row, from its suffix: drives community counts and how urban it is. */
const streetWeight = (name: string): number =>
  name.endsWith('街道') ? 1.6 : name.endsWith('镇') ? 0.7 : 0.4;

function streetNames(
  rng: Rng,
  district: string,
  count: number,
  real: string | undefined,
  used: Set<string>,
): string[] {
  const names = (real ?? '').split(' ').filter(Boolean).slice(0, count);
  names.forEach((n) => used.add(n));
  const urban = district.endsWith('区');
  const seat = `${stemOf(district)}镇`;
  while (names.length < count) {
    const i = names.length;
    // Counties are mostly towns whose first is the county seat (农安县 → 农安镇); districts are streets.
    if (!urban && i === 0 && district.endsWith('县') && !used.has(seat)) {
      used.add(seat);
      names.push(seat);
      continue;
    }
    names.push(
      streetName(
        rng,
        urban || (district.endsWith('市') && i < 3) ? '街道' : rng.chance(0.85) ? '镇' : '乡',
        used,
      ),
    );
  }
  return names;
}

function buildCity(
  spec: CitySpec,
  size: DemoSize,
  rng: Rng,
  regions: RegionRow[],
  grids: GridRow[],
): void {
  const demo = size === 'demo';
  const plan = rng.fork('plan');
  const naming = rng.fork('names');
  const usedNames = new Set<string>();
  const usedSites = new Set<string>();
  regions.push({ code: spec.code, name: spec.name, level: 'CITY', parentCode: null });

  const districts = spec.districts
    .split(' ')
    .map((d) => ({ code: d.slice(0, 6), name: d.slice(6) }))
    .filter((d) => !demo || DEMO_DISTRICTS.has(d.code));
  const streetCounts = demo
    ? districts.map(() => 2)
    : allocate(
        plan.int(SCALE.streets[0], SCALE.streets[1]),
        districts.map((d) => (d.name.endsWith('区') ? 3 : d.name.endsWith('市') ? 2 : 1.5)),
        2,
      );

  // Streets first (all districts), so the city-wide allocation below can weight by street kind.
  const streets = districts.flatMap((d, di) =>
    streetNames(naming, d.name, streetCounts[di], spec.streets?.[d.code], usedNames).map(
      (name, si) => ({ code: d.code + pad(si + 1), name, district: d }),
    ),
  );
  // Demo: 2 communities a street and one street with 3, so it stays under 200 grids.
  const extra = demo ? plan.int(0, streets.length - 1) : -1;
  const communityCounts = demo
    ? streets.map((_, i) => (i === extra ? 3 : 2))
    : allocate(
        plan.int(SCALE.communities[0], SCALE.communities[1]),
        streets.map((s) => streetWeight(s.name) * (0.7 + 0.6 * plan.next())),
        2,
      );

  const communities: (CommunityPlan & { street: (typeof streets)[number] })[] = [];
  streets.forEach((street, si) => {
    for (let ci = 0; ci < communityCounts[si]; ci++) {
      // Many streets have a community of the same name (新建街道 → 新建社区).
      const prefer =
        ci === 0 && naming.chance(0.5) ? street.name.replace(/(街道|镇|乡)$/, '') : undefined;
      communities.push({
        code: street.code + pad(ci + 1),
        name: communityName(naming, usedNames, prefer),
        micros: [],
        dedicated: 0,
        street,
      });
    }
  });

  if (demo) {
    // About 3.1 micro grids a basic grid, as in the unnamed city (2,316 micro grids for 738 basic grids).
    for (const c of communities) {
      c.micros = Array.from({ length: plan.int(3, 5) }, () =>
        plan.weighted([
          [2, 1],
          [3, 5],
          [4, 2],
        ] as const),
      );
      c.dedicated = plan.chance(0.5) ? 1 : 0;
    }
  } else {
    const basics = allocate(
      SCALE.basic + plan.int(-30, 30),
      communities.map(() => Math.max(0.3, plan.normal(1, 0.3))),
      3,
      14,
    );
    const basicStreets = communities.flatMap((c, i) =>
      Array.from({ length: basics[i] }, () => c.street.name),
    );
    // Micro grids concentrate in urban streets, where buildings are taller and denser.
    const micros = allocate(
      SCALE.micro + plan.int(-50, 50),
      basicStreets.map((s) => (0.3 + 1.4 * plan.next()) * (s.endsWith('街道') ? 1.3 : 1)),
      0,
      4,
    );
    const dedicated = allocate(
      SCALE.dedicated + plan.int(-4, 4),
      communities.map((c) => streetWeight(c.street.name) ** 2 * plan.next()),
      0,
      2,
    );
    let b = 0;
    communities.forEach((c, i) => {
      c.micros = micros.slice(b, b + basics[i]);
      c.dedicated = dedicated[i];
      b += basics[i];
    });
  }

  let di = -1;
  let si = -1;
  for (const c of communities) {
    const street = c.street;
    if (street.district !== districts[di]) {
      di = districts.indexOf(street.district);
      regions.push({
        code: street.district.code,
        name: street.district.name,
        level: 'DISTRICT',
        parentCode: spec.code,
      });
    }
    if (street !== streets[si]) {
      si = streets.indexOf(street);
      regions.push({
        code: street.code,
        name: street.name,
        level: 'STREET',
        parentCode: street.district.code,
      });
    }
    regions.push({ code: c.code, name: c.name, level: 'COMMUNITY', parentCode: street.code });
    emitGrids(
      c,
      spec.name,
      street.district.name,
      street.name,
      rng.fork(c.code),
      naming,
      usedSites,
      grids,
    );
  }
}

const pad = (n: number): string => String(n).padStart(3, '0');
const people = (rng: Rng, households: number): number =>
  Math.round(households * (2.4 + 0.5 * rng.next()));

function emitGrids(
  c: CommunityPlan,
  city: string,
  district: string,
  street: string,
  stats: Rng,
  naming: Rng,
  usedSites: Set<string>,
  out: GridRow[],
): void {
  let seq = 1;
  const row = (
    name: string,
    level: GridLevel,
    parentCode: string | null,
    households: number,
    population: number,
    buildings: number,
  ): GridRow => ({
    code: c.code + pad(seq++),
    name,
    level,
    parentCode,
    regionCode: c.code,
    households,
    population,
    buildings,
  });
  const top = row(`${c.name}总网格`, 'COMMUNITY_GRID', null, 0, 0, 0);
  out.push(top);
  const basics = c.micros.map((_, i) => {
    const households = stats.int(300, 500);
    return row(
      `${c.name}第${i + 1}网格`,
      'BASIC',
      top.code,
      households,
      people(stats, households),
      stats.int(6, 20),
    );
  });
  // The community grid is the sum of its basic grids, so roll-ups agree at every level.
  for (const b of basics) {
    top.households += b.households;
    top.population += b.population;
    top.buildings += b.buildings;
  }
  out.push(...basics);
  basics.forEach((b, i) => {
    // Micro grids split their basic grid: every building (and its 楼栋长) lies in exactly one of them.
    const n = Math.min(c.micros[i], b.buildings);
    if (n === 0) return;
    const weights = Array.from({ length: n }, () => 0.7 + 0.6 * stats.next());
    const buildings = allocate(b.buildings, weights, 1);
    const households = allocate(b.households, buildings, 1);
    for (let j = 1; j <= n; j++) {
      out.push(
        row(
          `${c.name}${i + 1}网格${j}号微网格`,
          'MICRO',
          b.code,
          households[j - 1],
          people(stats, households[j - 1]),
          buildings[j - 1],
        ),
      );
    }
  });
  for (let k = 0; k < c.dedicated; k++) {
    const kind = naming.weighted(SITE_KINDS);
    let site = siteName(naming, kind, city, district, street);
    for (let tries = 0; usedSites.has(site) && tries < 20; tries++)
      site = siteName(naming, kind, city, district, street);
    if (usedSites.has(site)) site = `${c.name}${site}`;
    usedSites.add(site);
    // Unit grids overlay residential grids: no households, population is the people on site.
    const [pop, bld] =
      kind === 'SCHOOL'
        ? [
            [600, 3000],
            [2, 8],
          ]
        : kind === 'HOSPITAL'
          ? [
              [300, 1500],
              [2, 10],
            ]
          : kind === 'MARKET'
            ? [
                [80, 600],
                [1, 3],
              ]
            : [
                [500, 3000],
                [3, 15],
              ];
    out.push(
      row(
        `${c.name}${site}专属网格`,
        'DEDICATED',
        top.code,
        0,
        stats.int(pop[0], pop[1]),
        stats.int(bld[0], bld[1]),
      ),
    );
  }
}

/** Build the geography for a size; province is the nine Jilin cities plus Binzhou. */
export function generateGeography(size: DemoSize, seed: number = DEFAULT_SEED): Geography {
  if (size !== 'demo' && size !== 'city' && size !== 'province')
    throw new RangeError(`unknown demo size: ${String(size)}`);
  const root = new Rng(seed);
  const specs = size === 'province' ? CITIES : CITIES.filter((c) => c.code === BAISHAN);
  const regions: RegionRow[] = [];
  const grids: GridRow[] = [];
  // One fork per city, so Baishan in 'province' is identical to Baishan in 'city'.
  for (const spec of specs)
    buildCity(
      spec,
      size,
      root.fork(size === 'demo' ? `demo:${spec.code}` : spec.code),
      regions,
      grids,
    );
  return { size, seed, regions, grids, cityCodes: specs.map((s) => s.code) };
}
