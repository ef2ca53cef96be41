import type { Metadata } from "next";
import { HomeView, homeMetadata } from "@/components/show/home-view";
import { parseHomeParams } from "@/lib/site/list-params";

// Filtered and paged views of the home list, rendered per request ("/" is the prerendered first page).
// Old "/?video=1" links are redirected here by next.config.ts.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return homeMetadata(parseHomeParams(await props.searchParams));
}

export default async function Page(props: Props) {
  return <HomeView params={parseHomeParams(await props.searchParams)} />;
}
