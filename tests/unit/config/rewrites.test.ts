// next.config.ts rewrites, run through Next's own routing code: a show's filtered and later list pages and
// a topic's later pages are served by their view's path, junk and default values left out of it; any
// other request is left alone. The rules themselves (queryViewRewrites) are tested in site/views.test.ts.
import { unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { constructRequest } from "next/dist/experimental/testing/server/utils";
import loadCustomRoutes from "next/dist/lib/load-custom-routes";
import { normalizeConfig } from "next/dist/server/config-shared";
import { buildCustomRoute } from "next/dist/server/lib/router-utils/filesystem";
import { PHASE_PRODUCTION_BUILD } from "next/dist/shared/lib/constants";
import { matchHas, prepareDestination } from "next/dist/shared/lib/router/utils/prepare-destination";
import { searchParamsToUrlQuery } from "next/dist/shared/lib/router/utils/querystring";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";

const origin = "http://localhost";

// Loaded and checked as `next build` does: an invalid rule (a destination param that neither the source
// nor a `has` group defines, say) throws here.
const customRoutes = await loadCustomRoutes(await normalizeConfig(PHASE_PRODUCTION_BUILD, nextConfig));
const rewriteRoutes = [
  ...customRoutes.rewrites.beforeFiles.map((rule) => buildCustomRoute("before_files_rewrite", rule)),
  ...customRoutes.rewrites.afterFiles.map((rule) => buildCustomRoute("rewrite", rule)),
  ...customRoutes.rewrites.fallback.map((rule) => buildCustomRoute("rewrite", rule)),
];

/**
 * The path Next renders for a request (no rewrite: null), found as the server's resolve-routes finds it:
 * the source matches the path, has/missing match the query and their named groups join the path's
 * params, and the destination is written with them. unstable_getResponseFromNextConfig cannot be the
 * judge here: it drops the has groups, so it throws on every view rule (`Expected "page" to be a
 * string`). Where it can answer, the two agree (last describe).
 */
function rewriteOf(pathAndQuery: string): string | null {
  const url = new URL(pathAndQuery, origin);
  const query = searchParamsToUrlQuery(url.searchParams);
  const request = constructRequest({ url: url.href });
  for (const route of rewriteRoutes) {
    const pathParams = route.match(url.pathname);
    if (!pathParams) continue;
    const hasParams = matchHas(request, query, route.has, route.missing);
    if (!hasParams) continue;
    const { parsedDestination } = prepareDestination({
      appendParamsToQuery: true,
      destination: route.destination,
      params: { ...pathParams, ...hasParams },
      query,
    });
    return parsedDestination.pathname;
  }
  return null;
}

describe("a show's list page", () => {
  it("is served by the view of its filters and page", () => {
    expect(rewriteOf("/shows/x?video=1")).toBe("/shows/x/_view/video=1");
    expect(rewriteOf("/shows/x?page=2")).toBe("/shows/x/_view/page=2");
    expect(rewriteOf("/shows/x?length=xl")).toBe("/shows/x/_view/length=xl");
    expect(rewriteOf("/shows/x?video=1&chapters=1&length=short&page=2")).toBe(
      "/shows/x/_view/video=1&chapters=1&length=short&page=2",
    );
  });

  it("names each view one way, whatever order the query had", () => {
    expect(rewriteOf("/shows/x?chapters=1&video=1")).toBe("/shows/x/_view/video=1&chapters=1");
    expect(rewriteOf("/shows/x?video=1&chapters=1")).toBe("/shows/x/_view/video=1&chapters=1");
    expect(rewriteOf("/shows/x?page=2&length=short&chapters=1&video=1")).toBe(
      "/shows/x/_view/video=1&chapters=1&length=short&page=2",
    );
  });

  it("keeps the show in the path: the same view of two shows is two paths", () => {
    expect(rewriteOf("/shows/a?page=2")).toBe("/shows/a/_view/page=2");
    expect(rewriteOf("/shows/b?page=2")).toBe("/shows/b/_view/page=2");
  });

  it("leaves out junk and default values without losing the values beside them", () => {
    expect(rewriteOf("/shows/x?video=abc&chapters=1")).toBe("/shows/x/_view/chapters=1");
    expect(rewriteOf("/shows/x?page=1&video=1")).toBe("/shows/x/_view/video=1");
    expect(rewriteOf("/shows/x?length=any&page=3")).toBe("/shows/x/_view/page=3");
    expect(rewriteOf("/shows/x?utm_source=news&length=long&page=0")).toBe("/shows/x/_view/length=long");
    expect(rewriteOf("/shows/x?video=true&chapters=0&length=LONG&page=2")).toBe("/shows/x/_view/page=2");
  });

  it.each([
    "page=0",
    "page=-1",
    "page=1e9",
    "page=1234567",
    "page=1",
    "length=any",
    "video=",
    "utm_source=x",
  ])("is the plain page for ?%s, which selects nothing", (query) => {
    expect(rewriteOf(`/shows/x?${query}`)).toBeNull();
  });

  it("is the plain page without a query", () => {
    expect(rewriteOf("/shows/x")).toBeNull();
  });

  it("leaves episode pages and view paths alone", () => {
    expect(rewriteOf("/shows/x/episode?page=2")).toBeNull();
    expect(rewriteOf("/shows/x/episode?video=1")).toBeNull();
    expect(rewriteOf("/shows/x/_view/page=2?page=3")).toBeNull();
    expect(rewriteOf("/shows?page=2")).toBeNull();
  });
});

describe("a topic's page", () => {
  it("is served by the view of a later page", () => {
    expect(rewriteOf("/topics/postgresql?page=2")).toBe("/topics/postgresql/_view/page=2");
    expect(rewriteOf("/topics/postgresql?utm_source=x&page=999999")).toBe(
      "/topics/postgresql/_view/page=999999",
    );
  });

  it.each(["", "?page=1", "?page=abc", "?page=0", "?page=1234567", "?video=1"])(
    "is the plain page for %j",
    (query) => {
      expect(rewriteOf(`/topics/postgresql${query}`)).toBeNull();
    },
  );
});

describe("the one-show era's home page links", () => {
  it("go to /episodes with their query", () => {
    expect(rewriteOf("/?video=1")).toBe("/episodes");
    expect(rewriteOf("/?page=2")).toBe("/episodes");
  });

  it("leave the home page itself alone", () => {
    expect(rewriteOf("/")).toBeNull();
    expect(rewriteOf("/?utm_source=x")).toBeNull();
  });
});

describe("unstable_getResponseFromNextConfig", () => {
  /** Next's testing helper's answer: the rewritten path, or null. */
  async function helperRewriteOf(pathAndQuery: string): Promise<string | null> {
    const response = await unstable_getResponseFromNextConfig({
      url: `${origin}${pathAndQuery}`,
      nextConfig,
    });
    const target = response.headers.get("x-middleware-rewrite");
    return target === null ? null : new URL(target).pathname;
  }

  it("sends the legacy home page links to /episodes, keeping the query", async () => {
    const response = await unstable_getResponseFromNextConfig({ url: `${origin}/?video=1`, nextConfig });
    expect(response.headers.get("x-middleware-rewrite")).toBe(`${origin}/episodes?video=1`);
  });

  it.each([
    "/?video=1",
    "/",
    "/shows/x",
    "/shows/x?utm_source=x",
    "/shows/x?page=1&length=any&video=abc",
    "/shows/x?page=1234567",
    "/shows/x/episode?page=2",
    "/topics/postgresql?page=1",
  ])("agrees with the routing above for %s", async (pathAndQuery) => {
    expect(await helperRewriteOf(pathAndQuery)).toBe(rewriteOf(pathAndQuery));
  });
});

describe("a search in plain words", () => {
  it("is served by the view of its query, filters and page, in searchHref's order", () => {
    expect(rewriteOf("/search?q=tlb")).toBe("/search/_view/q=tlb");
    expect(rewriteOf("/search?page=2&q=postgres+locks")).toBe("/search/_view/q=postgres locks&page=2");
    expect(rewriteOf("/search?sort=date&topic=networking&q=io_uring&show=kernel-notes")).toBe(
      "/search/_view/q=io_uring&topic=networking&show=kernel-notes&sort=date",
    );
  });

  it("leaves out junk and defaults", () => {
    expect(rewriteOf("/search?q=tlb&sort=relevance&page=1&topic=Not%20A%20Slug&utm_source=x")).toBe(
      "/search/_view/q=tlb",
    );
  });

  it("leaves any other query to proxy.ts: no rule spells it", () => {
    for (const q of ["http/2", "c++", "100%", "café", " tlb", "a".repeat(101)]) {
      expect(rewriteOf(`/search?${new URLSearchParams({ q })}`), q).toBeNull();
    }
    expect(rewriteOf("/search?topic=networking")).toBeNull();
    expect(rewriteOf("/search")).toBeNull();
  });
});
