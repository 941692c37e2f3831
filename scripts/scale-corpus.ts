/**
 * A deterministic generated corpus of licence guides and a query set with expected articles, for search quality
 * at scale (tests/search/scale-quality.test.ts at 1,000 articles, `npm run bench` at 1,000 and 10,000). Every
 * article is about one licence, one action and one region, like the real ones; the common words (许可证, 办理,
 * 续期, 年报…) are in most of them, which is what made a pruned index find nothing.
 */
import type { SearchDocument, SearchSection } from "@/lib/search/build/build";

interface Licence {
  code: string;
  /** How readers name it. */
  short: string;
  name: string;
}

const licences: Licence[] = [
  { code: "B25", short: "ICP", name: "信息服务业务" },
  { code: "B21", short: "EDI", name: "在线数据处理与交易处理业务" },
  { code: "B11", short: "IDC", name: "互联网数据中心业务" },
  { code: "B12", short: "CDN", name: "内容分发网络业务" },
  { code: "B14", short: "ISP", name: "互联网接入服务业务" },
  { code: "B24", short: "呼叫中心", name: "呼叫中心业务" },
  { code: "B22", short: "多方通信", name: "国内多方通信服务业务" },
  { code: "B23", short: "存储转发", name: "存储转发类业务" },
  { code: "B13", short: "VPN", name: "国内互联网虚拟专用网业务" },
  { code: "B26", short: "网络托管", name: "网络托管业务" },
];

const actions = [
  { word: "申请", verb: "首次申请", step: "提交申请材料" },
  { word: "续期", verb: "办理续期", step: "提交延续申请" },
  { word: "年报", verb: "报送年报", step: "填写年度报告" },
  { word: "变更", verb: "办理变更", step: "提交变更申请" },
  { word: "注销", verb: "申请注销", step: "提交注销申请" },
];

const regions = [
  "北京",
  "上海",
  "广东",
  "深圳",
  "浙江",
  "江苏",
  "四川",
  "重庆",
  "天津",
  "湖北",
  "陕西",
  "山东",
  "福建",
  "河南",
  "山西",
  "贵州",
];

const angles = [
  "办理指南",
  "材料清单与流程",
  "常见问题解答",
  "注意事项",
  "操作要点",
  "时间安排",
  "实务说明",
  "审核要求",
];

/** Sentences every guide of any kind shares, with the field's common words. */
const common = [
  "电信业务经营许可证由工业和信息化部或者省、自治区、直辖市通信管理局审批，企业应当按照许可证载明的业务种类和覆盖范围经营。",
  "办理前应当核对营业执照、公司章程和股权结构，确认企业信息与许可证记载一致。",
  "申请材料应当真实、准确、完整，提交后可在电信业务市场综合管理信息系统查询办理进度。",
  "各地通信管理局的具体要求可能不同，办理前应当以发证机关公布的办事指南为准。",
  "企业应当建立网络与信息安全保障措施，并指定专人负责许可证相关事务。",
  "许可证有效期届满、业务范围变化或者企业信息变化时，都需要及时向发证机关办理相应手续。",
  "电子证照与纸质许可证具有同等效力，可以在管理系统中下载和核验。",
  "企业在经营过程中应当遵守电信条例和电信业务经营许可管理办法的规定。",
];

const syllables = [
  ..."鹊桥云海星河晨光远航明德启元恒信博雅睿智天成华章锦程嘉禾瑞丰鼎盛安和长风聚贤沐阳青松朗月",
];
const cities = [
  "合肥",
  "昆明",
  "南宁",
  "兰州",
  "太原",
  "长沙",
  "济南",
  "哈尔滨",
  "石家庄",
  "呼和浩特",
  "银川",
  "西宁",
];
const nouns = ["存储平台项目", "数据服务中心", "客服外包项目", "云计算节点", "内容审核平台", "接入机房工程"];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface ScaleArticle {
  doc: SearchDocument;
  licence: Licence;
  action: string;
  region: string;
  /** A phrase from the middle of one paragraph, found in no other article. */
  phrase: string;
  question: string;
}

export type QueryKind =
  | "action alone"
  | "licence + action"
  | "licence code"
  | "region + licence"
  | "mid-paragraph phrase"
  | "title verbatim"
  | "whole question";

export interface ScaleQuery {
  kind: QueryKind;
  q: string;
  /** URLs of the articles that answer it. */
  expect: Set<string>;
  /**
   * "all": every one of the top min(5, |expect|) results must be expected (a broad query: only articles about
   * everything it says belong on top); "one": one expected article in the top 5.
   */
  need: "all" | "one";
}

const serial = (i: number) => String(i + 1).padStart(5, "0");

export function generateScaleCorpus(size: number, seed = 1): ScaleArticle[] {
  const next = random(seed * 7919 + size);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const phrases = new Set<string>();
  const uniquePhrase = () => {
    for (;;) {
      const phrase = `${pick(cities)}${pick(syllables)}${pick(syllables)}${pick(nouns)}`;
      if (!phrases.has(phrase)) {
        phrases.add(phrase);
        return phrase;
      }
    }
  };
  return Array.from({ length: size }, (_, i) => {
    // Licence and action cycle with the index, so every pair is present in any corpus of 50 or more.
    const licence = licences[i % licences.length] as Licence;
    const action = actions[Math.floor(i / licences.length) % actions.length] as (typeof actions)[number];
    const region = pick(regions);
    const phrase = uniquePhrase();
    const lic = `${licence.short}许可证`;
    const title = `${region}${lic}${action.word}${pick(angles)}（第${serial(i)}号）`;
    const question = `${region}的${licence.short}许可证${action.word}需要准备哪些材料`;
    const sections: SearchSection[] = [
      {
        anchor: "prerequisites",
        title: "前提条件",
        text: `${action.verb}前，企业应当持有有效的${licence.name}（${licence.code}）经营许可证。${pick(common)}`,
      },
      {
        anchor: "process",
        title: "办理流程",
        text: `登录管理系统，${action.step}，等待${region}通信管理局审核。${pick(common)}${pick(common)}`,
      },
      {
        anchor: "cautions",
        title: "注意事项",
        text: `去年${pick(cities)}一家企业在推进${phrase}时，因材料不全被退回补正。${pick(common)}`,
      },
      {
        anchor: "faq-materials",
        title: `${question}？`,
        text: `一般需要营业执照、${lic}正本和经办人授权书，${region}的具体清单以通信管理局公布的为准。`,
      },
      {
        anchor: "faq-time",
        title: `${licence.short}${action.word}要多久？`,
        text: `${action.word}的审核时间以发证机关的办事指南为准。${pick(common)}`,
      },
    ];
    const filler = Array.from({ length: 8 + Math.floor(next() * 10) }, () => pick(common)).join("");
    const body = [
      `本文说明${region}企业的${lic}如何${action.verb}。`,
      filler,
      ...sections.map((section) => `${section.title}${section.text}`),
    ].join("");
    const doc: SearchDocument = {
      url: `/articles/scale-${serial(i)}`,
      title,
      licenceLabel: `${licence.code} ${licence.name}`,
      description: `${region}${licence.name}（${licence.code}，${licence.short}）经营许可证${action.word}的条件、材料和步骤。`,
      heads: sections.map((section) => section.title),
      body,
      sections,
    };
    return { doc, licence, action: action.word, region, phrase, question };
  });
}

/** At least six queries of each of the seven kinds, each with the articles that answer it. */
export function scaleQueries(corpus: ScaleArticle[], seed = 1): ScaleQuery[] {
  const next = random(seed * 104729 + corpus.length);
  const urls = (keep: (a: ScaleArticle) => boolean) => new Set(corpus.filter(keep).map((a) => a.doc.url));
  const sample = () => corpus[Math.floor(next() * corpus.length)] as ScaleArticle;
  const queries: ScaleQuery[] = [];
  for (const { word } of actions)
    queries.push({ kind: "action alone", q: word, expect: urls((a) => a.action === word), need: "all" });
  queries.push({ kind: "action alone", q: "许可证", expect: urls(() => true), need: "all" });
  for (let k = 0; k < 6; k++) {
    const a = sample();
    queries.push({
      kind: "licence + action",
      q: `${a.licence.short}${a.action}`,
      expect: urls((b) => b.licence === a.licence && b.action === a.action),
      need: "all",
    });
  }
  for (const licence of licences.slice(0, 6))
    queries.push({
      kind: "licence code",
      q: licence.code,
      expect: urls((b) => b.licence === licence),
      need: "all",
    });
  for (let k = 0; k < 6; k++) {
    const a = sample();
    queries.push({
      kind: "region + licence",
      q: `${a.region}${a.licence.short}`,
      expect: urls((b) => b.licence === a.licence && b.region === a.region),
      need: "all",
    });
  }
  for (let k = 0; k < 6; k++) {
    const a = sample();
    queries.push({ kind: "mid-paragraph phrase", q: a.phrase, expect: new Set([a.doc.url]), need: "one" });
  }
  for (let k = 0; k < 6; k++) {
    const a = sample();
    queries.push({ kind: "title verbatim", q: a.doc.title, expect: new Set([a.doc.url]), need: "one" });
  }
  for (let k = 0; k < 6; k++) {
    const a = sample();
    queries.push({
      kind: "whole question",
      q: `${a.question}？`,
      expect: urls((b) => b.licence === a.licence && b.action === a.action && b.region === a.region),
      need: "all",
    });
  }
  return queries;
}

/** Whether a query's top results (URLs, best first) are what it expects. */
export function passes(query: ScaleQuery, top: string[]): boolean {
  const top5 = top.slice(0, 5);
  if (query.need === "one") return top5.some((url) => query.expect.has(url));
  const wanted = Math.min(5, query.expect.size);
  return top5.length >= wanted && top5.slice(0, wanted).every((url) => query.expect.has(url));
}

/** Search each query (top 5) and report the share that pass, with the failures spelled out. */
export async function scaleQualityOf(
  search: (q: string) => Promise<string[]>,
  queries: ScaleQuery[],
): Promise<{ quality: number; failures: string[] }> {
  const failures: string[] = [];
  for (const query of queries) {
    const top = await search(query.q);
    if (!passes(query, top)) failures.push(`  [${query.kind}] ${query.q} → ${top.slice(0, 5).join(", ")}`);
  }
  return { quality: (queries.length - failures.length) / queries.length, failures };
}
