import type { Metadata } from "next";
import { HomeView, homeMetadata } from "@/components/show/home-view";
import { parseHomeParams } from "@/lib/site/list-params";

// The unfiltered first page, prerendered at build time (the catalog changes only with an import, and
// npm start rebuilds after one). Filtered views and later pages live at /episodes (lib/site/list-params.ts
// homeHref); next.config.ts redirects old "/?video=1" links there.
const params = parseHomeParams({});

export function generateMetadata(): Promise<Metadata> {
  return homeMetadata(params);
}

export default function Page() {
  return <HomeView params={params} />;
}
