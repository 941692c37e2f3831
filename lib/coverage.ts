import type { Article } from "./content/article";
import type { Licence } from "./content/schema";
import type { TaxonomyIndex } from "./content/taxonomy";
import { routes } from "./routes";

/**
 * The coverage map: for each licence, which article or section answers each stage of its life (apply, annual
 * report, change, renewal, cancellation, compliance, foreign investment). Derived from the articles' licences,
 * topics and section anchors, never kept by hand: an article answers a stage for its licences when its topic is
 * that stage's topic, and a `##` section answers it when its anchor is the topic id
 * (`## 许可证到期后如何续期 {#renewal}`).
 */

/**
 * The stages in the order a licence lives them, as groups of taxonomy topic ids. A group's label joins its topics'
 * names; an empty cell sends the reader to the page of its `home` topic (the first when not named). Topics of the
 * taxonomy not listed here get a stage of their own after these, so no topic is ever left off the map.
 */
interface StageGroup {
  topics: readonly string[];
  home?: string;
}

const stageOrder: readonly StageGroup[] = [
  { topics: ["basics", "apply"], home: "apply" },
  { topics: ["annual-report"] },
  { topics: ["change"] },
  { topics: ["renewal"] },
  { topics: ["cancellation"] },
  { topics: ["compliance"] },
  { topics: ["foreign-investment"] },
];

/** How many answers a cell lists before it says how many more there are. */
export const answersShown = 3;

export interface CoverageStage {
  /** The topic whose page lists every article of the stage (an empty cell links it). */
  id: string;
  label: string;
  topics: readonly string[];
  /** The topic page: every article of the stage, for every licence. */
  href: string;
  /** The name of that topic. */
  hrefLabel: string;
}

/** One answer: an article about the stage, or the section of another article that answers it. */
export interface CoverageAnswer {
  href: string;
  /** The article's title. */
  title: string;
  /** The heading of the section that answers, when the answer is a section. */
  section?: string;
}

export interface CoverageCell {
  stage: CoverageStage;
  /** Most specific first, at most `answersShown`: articles on the stage (fewest licences first), then sections. */
  answers: CoverageAnswer[];
  /** Answers not listed. */
  more: number;
}

export interface CoverageRow {
  licence: Licence;
  cells: CoverageCell[];
}

export interface CoverageMap {
  stages: CoverageStage[];
  /** One row per licence of the taxonomy, in its order. */
  rows: CoverageRow[];
  row(licenceId: string): CoverageRow | undefined;
}

/** What the map needs to know of an article. */
export type CoverageArticle = Pick<Article, "url" | "title" | "licences" | "topic" | "headings">;

/** The stages of the map, from stageOrder and the taxonomy's topics. */
export function coverageStages(taxonomy: TaxonomyIndex): CoverageStage[] {
  const listed = new Set(stageOrder.flatMap((group) => group.topics));
  const groups: StageGroup[] = [
    ...stageOrder,
    ...taxonomy.data.topics.filter((topic) => !listed.has(topic.id)).map((topic) => ({ topics: [topic.id] })),
  ];
  return groups.flatMap((group) => {
    const topics = group.topics.filter((id) => taxonomy.topic(id) !== undefined);
    const home = group.home && topics.includes(group.home) ? group.home : topics[0];
    if (home === undefined) return [];
    return [
      {
        id: home,
        label: topics.map((id) => taxonomy.topic(id)?.name).join("/"),
        topics,
        href: routes.topic(home),
        hrefLabel: taxonomy.topic(home)?.name ?? home,
      },
    ];
  });
}

const titleOrder = new Intl.Collator("zh-CN");

interface Candidate {
  answer: CoverageAnswer;
  /** How many licences the article is about: fewer is more specific. */
  breadth: number;
}

const bySpecificity = (a: Candidate, b: Candidate) =>
  a.breadth - b.breadth ||
  titleOrder.compare(a.answer.title, b.answer.title) ||
  a.answer.href.localeCompare(b.answer.href);

/** The coverage map of a set of articles. */
export function coverageMap(articles: readonly CoverageArticle[], taxonomy: TaxonomyIndex): CoverageMap {
  const stages = coverageStages(taxonomy);
  const stageOf = new Map(stages.flatMap((stage) => stage.topics.map((topic) => [topic, stage] as const)));
  // Per licence and stage: the articles about the stage, and the sections of other articles that answer it.
  const found = new Map<string, { articles: Candidate[]; sections: Candidate[] }>();
  const slot = (licence: string, stage: CoverageStage) => {
    const key = `${licence} ${stage.id}`;
    const entry = found.get(key) ?? { articles: [], sections: [] };
    found.set(key, entry);
    return entry;
  };
  for (const article of articles) {
    const breadth = article.licences.length;
    const own = stageOf.get(article.topic);
    const sections = article.headings.flatMap((heading) => {
      const stage = heading.depth === 2 ? stageOf.get(heading.id) : undefined;
      return stage && stage !== own ? [{ stage, heading }] : [];
    });
    for (const licence of article.licences) {
      if (own)
        slot(licence, own).articles.push({ answer: { href: article.url, title: article.title }, breadth });
      for (const { stage, heading } of sections) {
        slot(licence, stage).sections.push({
          answer: { href: `${article.url}#${heading.id}`, title: article.title, section: heading.text },
          breadth,
        });
      }
    }
  }
  const rows = taxonomy.data.licences.map((licence) => ({
    licence,
    cells: stages.map((stage) => {
      const entry = found.get(`${licence.id} ${stage.id}`);
      const answers = entry
        ? [...entry.articles.sort(bySpecificity), ...entry.sections.sort(bySpecificity)].map((c) => c.answer)
        : [];
      return {
        stage,
        answers: answers.slice(0, answersShown),
        more: Math.max(0, answers.length - answersShown),
      };
    }),
  }));
  const byId = new Map(rows.map((row) => [row.licence.id, row]));
  return { stages, rows, row: (id) => byId.get(id) };
}
