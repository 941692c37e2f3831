import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryPage } from "@/components/CategoryPage";
import { routes } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite()
    .pages.ids("topic")
    .map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getSite().taxonomy.topic((await params).id);
  return topic
    ? pageMetadata({ title: topic.name, description: topic.summary, path: routes.topic(topic.id) })
    : {};
}

export default async function TopicPage({ params }: Props) {
  const site = getSite();
  const topic = site.taxonomy.topic((await params).id);
  if (!topic) notFound();
  return (
    <CategoryPage
      trail={site.pages.breadcrumbs(routes.topic(topic.id))}
      topicName={(id) => site.taxonomy.topic(id)?.name}
      title={topic.name}
      lead={<p>{topic.summary}</p>}
      articles={site.byTopic(topic.id)}
    />
  );
}
