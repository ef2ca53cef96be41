import type { Metadata } from "next";
import { HomeView, homeMetadata } from "@/components/home-view";
import { parseHomeParams } from "@/lib/home-params";

// The unfiltered first page, prerendered at build time (the catalog changes only with an import, and
// npm start rebuilds after one). Filtered views and later pages live at /episodes (lib/home-params.ts
// homeHref); next.config.ts redirects old "/?video=1" links there.
const params = parseHomeParams({});

export function generateMetadata(): Promise<Metadata> {
  return homeMetadata(params);
}

export default function Page() {
  return <HomeView params={params} />;
}
