import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryPage } from "@/components/CategoryPage";
import { routes } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite()
    .pages.ids("region")
    .map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const region = getSite().taxonomy.region((await params).id);
  return region
    ? pageMetadata({
        title: region.name,
        description: `适用于${region.name}的许可证办理文章。`,
        path: routes.region(region.id),
      })
    : {};
}

export default async function RegionPage({ params }: Props) {
  const site = getSite();
  const id = (await params).id;
  const region = site.taxonomy.region(id);
  if (!region || !site.pages.page(routes.region(id))) notFound();
  return (
    <CategoryPage
      trail={site.pages.breadcrumbs(routes.region(id))}
      topicName={(id) => site.taxonomy.topic(id)?.name}
      title={region.name}
      lead={
        <p>
          {id === "national"
            ? "适用于全国的规定与流程。各省口径可能不同，以所在地通信管理局的要求为准。"
            : `涉及${region.name}的规定或实务。具体要求以${region.name}通信管理局发布的为准。`}
        </p>
      }
      articles={site.byRegion(id)}
    />
  );
}
