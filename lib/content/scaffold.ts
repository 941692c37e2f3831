import type { ArticleType } from "./schema";
import { slugPattern } from "./schema";
import { didYouMean } from "./suggest";
import type { TaxonomyIndex } from "./taxonomy";

/** What an editor asks `npm run new` for. */
export interface NewArticleRequest {
  slug: string;
  type: ArticleType;
  licences: readonly string[];
  topic: string;
  regions: readonly string[];
  /** Today, as YYYY-MM-DD: the article's updated and factChecked dates. */
  today: string;
}

/** What the request is checked against: the taxonomy, and the slugs taken by articles and their old addresses. */
export interface ScaffoldContext {
  taxonomy: TaxonomyIndex;
  takenSlugs: ReadonlyMap<string, string>;
}

const guideBody = `（开头一两段直接回答读者的问题：这件事适用于谁、最要紧的期限或条件是什么，各自的依据是哪部法规的哪一条。）

## 前提与材料

- （一项条件或一份材料写一行，后面括号注明依据）

## 办理步骤

1. **（第一步做什么）**：在哪里办、交什么、依据哪一条。
2. **（第二步做什么）**：……

## 常见误区

### （把误区写成问句）吗？不是

（纠正它，并注明出处。标题要写成问句或否定句，单看标题不能把误区当成事实。）

## 常见问题

### （读者会怎么问）？

（回答，注明出处；各地做法不同的，说明以所在地通信管理局的要求为准。）
`;

const explainerBody = `（开头一两段直接回答读者的问题，注明依据的法规和条款。）

## （第一个要点）

（正文。）

## 常见问题

### （读者会怎么问）？

（回答，注明出处。）
`;

/** Quote a YAML scalar only when it needs it (ids and dates never do). */
const list = (ids: readonly string[]) => `[${ids.join(", ")}]`;

/**
 * The first version of a new article: every required front matter field filled in, today's dates, and a body with
 * the sections its type needs. Its one missing piece is a source: `npm run check` says so in one message, because a
 * source cannot be made up. Returns the problems instead when the slug or an id cannot be used.
 */
export function scaffoldArticle(
  request: NewArticleRequest,
  { taxonomy, takenSlugs }: ScaffoldContext,
): { text: string } | { problems: string[] } {
  const problems: string[] = [];
  if (!slugPattern.test(request.slug)) {
    problems.push(
      `slug: found "${request.slug}", expected lowercase ASCII letters, digits and single hyphens, e.g. icp-renewal-beijing (the slug is the file name and the address /articles/<slug>)`,
    );
  }
  const taken = takenSlugs.get(request.slug);
  if (taken) problems.push(`slug: found "${request.slug}", expected a slug no article uses (${taken})`);
  const known = (what: string, value: string, ids: readonly string[]) => {
    if (ids.includes(value)) return;
    const hint = didYouMean(value, ids);
    problems.push(
      `${what}: found "${value}", expected an id from content/taxonomy.yaml${hint ? ` (${hint})` : ""}: ${ids.join(", ")}`,
    );
  };
  if (request.licences.length === 0) {
    problems.push(
      `--licence: found nothing, expected at least one licence id from content/taxonomy.yaml: ${taxonomy.data.licences.map((l) => l.id).join(", ")}`,
    );
  }
  for (const id of request.licences)
    known(
      "--licence",
      id,
      taxonomy.data.licences.map((l) => l.id),
    );
  if (request.topic === "") {
    problems.push(
      `--topic: found nothing, expected a topic id from content/taxonomy.yaml: ${taxonomy.data.topics.map((t) => t.id).join(", ")}`,
    );
  } else
    known(
      "--topic",
      request.topic,
      taxonomy.data.topics.map((t) => t.id),
    );
  for (const id of request.regions)
    known(
      "--region",
      id,
      taxonomy.data.regions.map((r) => r.id),
    );
  if (problems.length > 0) return { problems };

  const topicName = taxonomy.topic(request.topic)?.name ?? request.topic;
  const licenceNames = request.licences.map((id) => taxonomy.licence(id)?.short ?? id).join("、");
  const front = [
    "---",
    `title: ${licenceNames}${topicName}（标题待写）`,
    "description: 一句话说明这篇文章回答什么问题（用于列表、搜索结果和分享）。",
    `type: ${request.type}`,
    `licences: ${list(request.licences)}`,
    `topic: ${request.topic}`,
    ...(request.regions.length > 0 ? [`regions: ${list(request.regions)}`] : []),
    `updated: ${request.today}`,
    `factChecked: ${request.today}`,
    "# 至少写一条出处：法规名称和条款，或官方通知。npm run check 会提醒这里还空着。",
    "sources: []",
    "related: []",
    "questions: []",
    "---",
    "",
  ].join("\n");
  return { text: `${front}\n${request.type === "guide" ? guideBody : explainerBody}` };
}
