/**
 * Name pools for demo data: people, phones, compounds, companies, resident units, teams,
 * and the community/street/site names the geography needs. Pools are plain strings so the
 * file stays short; everything is drawn from a caller-supplied Rng, so it is deterministic.
 */
import type { Rng } from './random';

// Pools are de-duplicated so each entry has the same chance.
const words = (s: string): string[] => [...new Set(s.split(/\s+/).filter(Boolean))];
const chars = (s: string): string[] => [...new Set(Array.from(s.replace(/\s+/g, '')))];

/** "王712" → ['王', 712]: surname with its share per 10,000 people (2020 census ranking). */
const weightedWords = (s: string): [string, number][] =>
  words(s).map((w) => {
    const m = /^(\D+)(\d+)$/.exec(w);
    if (!m) throw new Error(`bad weighted word ${w}`);
    return [m[1], Number(m[2])];
  });

const SURNAMES = weightedWords(`
  王712 李700 张674 刘510 陈461 杨322 黄245 赵229 吴205 周193 徐145 孙138 马129 朱128 胡116
  郭113 何106 林104 高100 罗95 郑86 梁82 谢73 宋65 唐64 许60 韩58 冯56 邓55 曹54 彭53 曾52
  肖51 田49 董48 袁47 潘46 于45 蒋44 蔡43 余42 杜41 叶40 程39 苏38 魏37 吕36 丁35 任34
  沈33 姚32 卢31 姜30 崔29 钟28 谭27 陆26 汪25 范24 金23 石22 廖21 贾20 夏19 韦18 付17
  方16 白15 邹14 孟14 熊13 秦13 邱12 江12 尹12 薛11 闫11 段11 雷10 侯10 龙10 史10 陶9
  黎9 贺9 顾9 毛9 郝9 龚8 邵8 万8 钱8 严8 武8 戴8 孔7 汤7 常7 葛7 乔7 关6 庞6 齐6 宫5
  欧阳3 司马1 上官1 诸葛1 东方1 慕容1 皇甫1 公孙1`);

// Given-name characters; a name mixes a gendered pool with the neutral one.
const MALE = chars(`伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国峰亮成东海
  志新春德庆永福宏博轩晨昊铭瑞泽哲睿振兴忠义彬松柏岩洪江山旺发德胜祥`);
const FEMALE = chars(`芳娜敏静丽艳娟霞秀玲燕红婷雪琳慧颖晶莉萍倩欣洁佳梅丹悦彤琪怡璐月兰凤英
  玉翠桂蕾薇茜菲雯妍馨岚露晴瑶蓉珊`);
const NEUTRAL = chars(`文晓子思雨一欣嘉立金永彦家云天玉春秋冬长安乐清`);

export function personName(rng: Rng): string {
  const surname = rng.weighted(SURNAMES);
  const pool = rng.chance(0.5) ? MALE : FEMALE;
  const first = rng.chance(0.3) ? rng.pick(NEUTRAL) : rng.pick(pool);
  // About a third of adults have single-character given names (common in older cohorts).
  return rng.chance(0.32) ? surname + rng.pick(pool) : surname + first + rng.pick(pool);
}

const MOBILE_PREFIXES = words(`130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156
  157 158 159 166 170 171 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193
  195 198 199`);

export function phoneNumber(rng: Rng): string {
  let rest = '';
  for (let i = 0; i < 8; i++) rest += String(rng.int(0, 9));
  return rng.pick(MOBILE_PREFIXES) + rest;
}

const COMPOUND_STEMS = words(`阳光 江山 锦绣 幸福 和谐 金色 翠湖 碧水 长白 松江 鸭绿 天池 紫荆 玉兰
  丽景 星河 龙湾 凤凰 御景 富康 华府 泰和 鑫源 兴隆 恒大 万达 中海 保利 绿地 碧桂 东方 盛世
  新城 花溪 桂园 枫林 梧桐 金桥 明珠 雅居 书香 福苑 嘉禾 春晖 秀水 青松 银河 福泽 康乐 安泰
  宏远 瑞祥 世纪 时代 滨江 沿江 望江 观山 林海 森林 雪松 人参 温泉 矿山 银杏 金海 万和 文苑`);
const COMPOUND_SUFFIXES = words(`花园 家园 名苑 小区 嘉园 华庭 雅苑 新村 公寓 佳苑 名都 丽都 景苑
  御府 尚城 首府 府邸 壹号 国际 新城 苑`);
// Old compounds in mining and forestry towns are named after the work unit that built them.
const OLD_UNITS = words(
  `矿务局 林业局 森工 铁路 水泥厂 电厂 粮库 供销社 百货 二中 医院 师范 钢厂 机械厂`,
);

export function compoundName(rng: Rng): string {
  if (rng.chance(0.15))
    return rng.pick(OLD_UNITS) + rng.pick(['家属楼', '家属院', '住宅区', '宿舍']);
  const stem = rng.pick(COMPOUND_STEMS);
  return rng.chance(0.08) ? `${stem}里小区` : stem + rng.pick(COMPOUND_SUFFIXES);
}

const COMPANY_STEMS =
  words(`安居 宜居 鑫源 恒通 华森 长白山 松江 诚信 金盾 万家 嘉园 和顺 瑞丰 福瑞 泰安
  康泰 宏达 天成 兴盛 顺达 盛和 润泽 龙城 城投 国泰 家和 仁和 永安 佳美 众诚`);

/** `city` is the full name, e.g. 白山市; yields 白山市安居物业服务有限公司. */
export function companyName(rng: Rng, city: string): string {
  const kind = rng.pick(['物业服务有限公司', '物业管理有限公司', '物业服务有限责任公司']);
  return city + rng.pick(COMPANY_STEMS) + kind;
}

/** 白山市 → 白山, 延边朝鲜族自治州 → 延边: brands and banks use the short form. */
export function shortCity(city: string): string {
  return city.replace(/(朝鲜族自治州|自治州|地区|市|州)$/, '') || city;
}

const DIGITS = '零一二三四五六七八九';
/** 1..99 in Chinese numerals, as in 第十二中学. */
export function cn(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (n % 10 ? DIGITS[n % 10] : '');
}

const BUREAUS =
  words(`税务局 公安局 市场监督管理局 住房和城乡建设局 卫生健康委员会 应急管理局 自然资源局
  生态环境局 财政局 人力资源和社会保障局 民政局 教育局 交通运输局 水利局 医疗保障局 城市管理行政执法局
  统计局 审计局 林业和草原局 退役军人事务局 司法局 消防救援支队 人民检察院 中级人民法院 档案馆 图书馆`);
const BANKS = words(
  `中国建设银行 中国工商银行 中国农业银行 中国银行 中国邮政储蓄银行 交通银行 吉林银行`,
);

/** A resident unit (驻区单位) of `city` (full name, e.g. 白山市). */
export function unitName(rng: Rng, city: string): string {
  const short = shortCity(city);
  switch (rng.int(0, 5)) {
    case 0:
    case 1:
      return city + rng.pick(BUREAUS);
    case 2:
      return rng.pick(BANKS) + short + '分行';
    case 3:
      return rng.pick([
        `国网${short}供电公司`,
        `中国移动${short}分公司`,
        `中国联通${short}分公司`,
        `中国电信${short}分公司`,
        `${city}供水有限公司`,
        `${city}热力有限公司`,
        `${city}燃气有限公司`,
      ]);
    case 4:
      return `${city}第${cn(rng.int(1, 15))}${rng.pick(['中学', '小学'])}`;
    default:
      return city + rng.pick(['中心医院', '中医院', '妇幼保健院', '人民医院', '疾病预防控制中心']);
  }
}

export type SiteKind = 'SCHOOL' | 'HOSPITAL' | 'MARKET' | 'BUSINESS_DISTRICT';

/** A dedicated-grid site (专属网格); the caller de-duplicates within a city. */
export function siteName(
  rng: Rng,
  kind: SiteKind,
  city: string,
  district: string,
  street: string,
): string {
  const s = street.replace(/(街道|镇|乡)$/, '');
  switch (kind) {
    case 'SCHOOL':
      return rng.weighted<string>([
        [`${city}第${cn(rng.int(1, 20))}中学`, 3],
        [`${district}第${cn(rng.int(1, 30))}小学`, 4],
        [`${district}实验${rng.pick(['小学', '中学'])}`, 1],
        [`${s}${rng.pick(['小学', '中学', '中心校'])}`, 2],
        [`${city}${rng.pick(['职业技术学校', '实验高级中学', '特殊教育学校', '外国语学校'])}`, 1],
      ]);
    case 'HOSPITAL':
      return rng.weighted<string>([
        [
          `${city}${rng.pick(['中心医院', '中医院', '妇幼保健院', '第二人民医院', '传染病医院'])}`,
          2,
        ],
        [`${district}${rng.pick(['人民医院', '中医院', '妇幼保健院'])}`, 2],
        [`${s}${rng.pick(['社区卫生服务中心', '卫生院'])}`, 3],
      ]);
    case 'MARKET':
      return `${s}${rng.pick(['农贸市场', '综合市场', '早市', '批发市场', '菜市场', '商品交易市场'])}`;
    default:
      return `${s}${rng.pick(['商圈', '商业街', '步行街', '万达广场', '购物中心'])}`;
  }
}

const TEAM_WORDS: Record<string, string[]> = {
  POLICY_OUTREACH: words('政策宣讲队 理论宣讲团 红色宣讲队'),
  LEGAL_AID: words('法律援助服务队 普法志愿队 法律明白人服务队'),
  HEALTH: words('健康义诊队 医疗志愿服务队 卫生健康服务队'),
  POVERTY_RELIEF: words('扶贫帮困服务队 爱心帮扶队'),
  ELDERLY_DISABLED: words('助老助残服务队 夕阳红关爱队 爱心助残队'),
  SANITATION: words('环境卫生志愿队 洁净家园服务队 垃圾分类督导队'),
  PATROL: words('治安巡逻队 红袖标巡逻队 平安守护队'),
  MEDIATION: words('矛盾调解队 老娘舅调解队 和事佬服务队'),
  REPAIR: words('便民维修队 水电维修服务队 巧手维修队'),
  CULTURE: words('文艺志愿队 秧歌队 书画志愿队'),
};
const TEAM_PREFIXES = words('红心 党员 先锋 暖心 邻里 阳光 雷锋 红马甲 银发 巾帼 青年 夕阳红');

/** Volunteer team name for a category of the volunteer subgraph, e.g. 红心政策宣讲队. */
export function teamName(rng: Rng, category: string): string {
  return rng.pick(TEAM_PREFIXES) + rng.pick(TEAM_WORDS[category] ?? words('志愿服务队 爱心服务队'));
}

const PLACE_STEMS =
  words(`新建 红旗 光明 和平 民主 胜利 团结 建设 友谊 长青 松山 江北 河口 北山 南山 东山
  西山 站前 中心 幸福 青山 文化 繁荣 向阳 朝阳 新华 人民 解放 东风 红星 春光 安居 振兴 兴隆
  富强 民安 永安 长安 滨江 沿江 园林 矿山 铁路 工农 东湖 西湖 水泉 林苑 新兴 东升 前进 北安
  南岭 东岭 西岭 太平 和顺 新民 新风 新立 新华 裕民 康宁 惠民 益民 永红 红光 立新 育才 文明
  建国 建华 建新 龙泉 龙山 凤山 金山 银山 鸿雁 桃源 杏林 柳荫 松林 桦林 雪松 江南 江源 临江
  通江 东兴 西兴 南兴 北兴 城东 城西 城南 城北 白桦 红梅 青年 曙光 黎明 启明 长兴 永兴 福兴
  宏兴 三合 四合 双河 双兴 靠山 镇北 山城 泉城 湖滨 站北 车站 电厂 老街 河东 河西 道北 道南`);
const DIRECTIONS = words('东 西 南 北 中 新');

/** A community name unique among `used` (which it updates), e.g. 新建社区. */
export function communityName(rng: Rng, used: Set<string>, prefer?: string): string {
  const candidates = prefer ? [prefer] : [];
  for (let i = 0; i < 12; i++) candidates.push(rng.pick(PLACE_STEMS));
  for (let i = 0; i < 12; i++) candidates.push(rng.pick(DIRECTIONS) + rng.pick(PLACE_STEMS));
  for (const stem of candidates) {
    const name = `${stem}社区`;
    if (!used.has(name)) return claim(used, name);
  }
  // Pool exhausted (very large cities): numbered names are still realistic, e.g. 新建第二社区.
  for (let n = 2; ; n++) {
    const name = `${rng.pick(PLACE_STEMS)}第${n < 100 ? cn(n) : n}社区`;
    if (!used.has(name)) return claim(used, name);
  }
}

/** A street/township name unique among `used`, suffix 街道 / 镇 / 乡. */
export function streetName(rng: Rng, suffix: string, used: Set<string>): string {
  for (let i = 0; ; i++) {
    const stem = i < 30 ? rng.pick(PLACE_STEMS) : rng.pick(DIRECTIONS) + rng.pick(PLACE_STEMS);
    const name = stem + suffix;
    if (!used.has(name)) return claim(used, name);
  }
}

function claim(used: Set<string>, name: string): string {
  used.add(name);
  return name;
}
