// Security against the production server: the response headers of every kind of route, a
// Content-Security-Policy that the pages (and the player) live within, untrusted text from
// tests/e2e/fixtures/sources/hostile.txt rendered as inert text everywhere it appears, and a build
// output (.next/) free of machine paths and secrets.
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { chaptersPath, showFeedPath, showPath } from "@/lib/site/routes";
import { installYouTubeStandIn } from "./support/youtube-stand-in";
import { apiEpisodePath, otherShow, seedEpisodePath, seedShow, seedShowPath } from "./support/catalog";

/** The Content-Security-Policy, directive by directive (README "Security and hardening" says why). */
const expectedCsp: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'unsafe-inline'", "https://www.youtube.com"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:", "https://i.ytimg.com"],
  "font-src": ["'self'"],
  "media-src": ["'self'", "https:", "http:"],
  "frame-src": ["https://www.youtube-nocookie.com"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'"],
  "manifest-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

function parseCsp(header: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of header.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives[name], `directive ${name} appears twice`).toBeUndefined();
    directives[name.toLowerCase()] = values;
  }
  return directives;
}

function parsePermissionsPolicy(header: string): Map<string, string> {
  return new Map(
    header.split(/,\s*/).map((entry) => {
      const [feature, allow = ""] = entry.split("=");
      return [feature!.trim(), allow.trim()];
    }),
  );
}

/**
 * The hostile fixture's episode, found the way a visitor would: by searching a word only it has. A
 * text dump that names no show belongs to the default show, so its page is under the seed show.
 */
async function hostileEpisode(request: APIRequestContext): Promise<{ slug: string; title: string }> {
  const response = await request.get("/api/search?q=zanzibar");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { results: { slug: string; title: string }[] };
  expect(body.results).toHaveLength(1);
  return body.results[0]!;
}

const hostileTitle = "Zanzibar &lt;b&gt; escapes <script>alert(1)</script> and <img src=x onerror=alert(1)>";

test.describe("response headers @desktop", () => {
  test("every kind of route sends the security headers", async ({ request }) => {
    const { slug } = await hostileEpisode(request);
    const home = await (await request.get("/")).text();
    const chunk = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
    expect(chunk, "a static chunk on the home page").toBeDefined();

    const routes: { path: string; status: number; type: RegExp }[] = [
      { path: "/", status: 200, type: /text\/html/ },
      { path: "/shows", status: 200, type: /text\/html/ },
      { path: seedShowPath, status: 200, type: /text\/html/ },
      { path: `${seedShowPath}?page=2&video=1`, status: 200, type: /text\/html/ },
      { path: showPath(otherShow.slug), status: 200, type: /text\/html/ },
      { path: seedEpisodePath(slug), status: 200, type: /text\/html/ },
      { path: seedEpisodePath("postgres-18-gets-async-io"), status: 200, type: /text\/html/ },
      { path: "/search?q=tls", status: 200, type: /text\/html/ },
      { path: "/topics", status: 200, type: /text\/html/ },
      { path: "/topics/postgresql", status: 200, type: /text\/html/ },
      { path: "/topics/postgresql?page=2", status: 200, type: /text\/html/ },
      { path: "/api/episodes?limit=2", status: 200, type: /application\/json/ },
      { path: "/api/episodes?limit=abc", status: 400, type: /application\/json/ },
      {
        path: apiEpisodePath(seedShow.slug, "postgres-18-gets-async-io"),
        status: 200,
        type: /application\/json/,
      },
      { path: "/api/shows", status: 200, type: /application\/json/ },
      { path: "/api/shows/no-such-show", status: 404, type: /application\/json/ },
      { path: "/api/search?q=tls", status: 200, type: /application\/json/ },
      { path: "/api/topics", status: 200, type: /application\/json/ },
      { path: showFeedPath(seedShow.slug), status: 200, type: /xml/ },
      { path: showFeedPath(otherShow.slug), status: 200, type: /xml/ },
      { path: chaptersPath(seedShow.slug, "kernel-level-tls"), status: 200, type: /json/ },
      { path: "/sitemap.xml", status: 200, type: /xml/ },
      { path: "/sitemaps/0.xml", status: 200, type: /xml/ },
      { path: "/sitemaps/1.xml", status: 200, type: /xml/ },
      { path: "/sitemaps/99.xml", status: 404, type: /./ },
      { path: "/robots.txt", status: 200, type: /text\/plain/ },
      { path: "/opengraph-image", status: 200, type: /image\/png/ },
      { path: "/favicon.svg", status: 200, type: /image\/svg/ },
      { path: chunk!, status: 200, type: /javascript/ },
      { path: "/no-such-page", status: 404, type: /text\/html/ },
      { path: seedEpisodePath("no-such-episode"), status: 404, type: /text\/html/ },
      { path: "/shows/no-such-show", status: 404, type: /text\/html/ },
      { path: "/episodes/no-such-episode", status: 404, type: /text\/html/ },
      { path: "/_next/static/no-such-file.js", status: 404, type: /./ },
    ];
    // Old links (filtered views of "/", /episodes…, /feed.xml) are redirects (Next answers some before
    // its header rules apply, so they are not in the list above), followed hop by hop to where they land.
    for (const [old, landing] of [
      ["/?page=2&video=1", `${seedShowPath}?page=2&video=1`],
      ["/episodes?page=2&video=1", `${seedShowPath}?page=2&video=1`],
      ["/episodes/kernel-level-tls", seedEpisodePath("kernel-level-tls")],
      ["/feed.xml", showFeedPath(seedShow.slug)],
    ] as const) {
      let path: string = old;
      for (let hop = 0; hop < 3 && path !== landing; hop += 1) {
        const redirect = await request.get(path, { maxRedirects: 0 });
        expect([301, 302, 307, 308], path).toContain(redirect.status());
        const location = redirect.headers()["location"] ?? "";
        const next = new URL(location, "http://site.invalid");
        path = `${next.pathname}${next.search}`;
      }
      expect(path, old).toBe(landing);
    }

    for (const route of routes) {
      const response = await request.get(route.path, { maxRedirects: 0 });
      const headers = response.headers();
      const where = `${route.path} (${response.status()})`;
      expect(response.status(), where).toBe(route.status);
      expect(headers["content-type"], where).toMatch(route.type);
      expect(parseCsp(headers["content-security-policy"] ?? ""), where).toEqual(expectedCsp);
      expect(headers["x-content-type-options"], where).toBe("nosniff");
      expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
      expect(headers["x-frame-options"], where).toBe("DENY");
      expect(headers["cross-origin-opener-policy"], where).toBe("same-origin");
      expect(headers["permissions-policy"], where).toBeDefined();
      // Served over plain HTTP (SITE_URL is http): no HSTS.
      expect(headers["strict-transport-security"], where).toBeUndefined();
      expect(headers["x-powered-by"], where).toBeUndefined();
    }

    const chapters = await request.get(chaptersPath(seedShow.slug, "kernel-level-tls"));
    expect(chapters.headers()["access-control-allow-origin"]).toBe("*");
  });

  test("Permissions-Policy denies device features and lets only the YouTube frame play", async ({
    request,
  }) => {
    const policy = parsePermissionsPolicy((await request.get("/")).headers()["permissions-policy"] ?? "");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "display-capture"]) {
      expect(policy.get(feature), feature).toBe("()");
    }
    const youtube = '"https://www.youtube-nocookie.com"';
    for (const feature of ["autoplay", "encrypted-media", "picture-in-picture", "fullscreen"]) {
      expect(policy.get(feature), feature).toBe(`(self ${youtube})`);
    }
    for (const [feature, allow] of policy) {
      expect(allow, feature).toMatch(/^\((self)?( ?"https:\/\/www\.youtube-nocookie\.com")?\)$/);
    }
  });
});

/** Answers the e2e audio feed's enclosure host (tests/e2e/support/audio-server.mjs) with silence. */
async function stubAudioHost(page: Page) {
  await page.route("http://127.0.0.1:3101/**", (route) =>
    route.fulfill({ status: 200, contentType: "audio/mpeg", body: "" }),
  );
}

/** Records CSP violations (from the document's own event) and console errors from page load on. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  return {
    consoleErrors,
    violations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

test.describe("Content-Security-Policy in the browser", () => {
  test("home, episode, search and topic pages load without a violation", async ({ page }) => {
    await installYouTubeStandIn(page);
    await stubAudioHost(page);
    const watch = await watchViolations(page);
    for (const path of [
      "/",
      "/shows",
      seedShowPath,
      seedEpisodePath("postgres-18-gets-async-io", 90),
      seedEpisodePath("kernel-level-tls"),
      `${showPath(otherShow.slug)}/page-tables`,
      "/search?q=postgres",
      "/topics",
      "/topics/postgresql",
    ]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await watch.violations(), path).toEqual([]);
    }
    expect(watch.consoleErrors).toEqual([]);
    // The 404 page too (its console has the 404 itself, which is expected).
    await page.goto("/no-such-page");
    await page.waitForLoadState("networkidle");
    expect(await watch.violations()).toEqual([]);
  });

  test("the player loads YouTube's API and plays within the policy", async ({ page }) => {
    const youtube = await installYouTubeStandIn(page);
    await stubAudioHost(page);
    const watch = await watchViolations(page);
    await page.goto(seedEpisodePath("postgres-18-gets-async-io"));
    await page.waitForFunction(() => {
      const button = document.querySelector("button[aria-label^='Play']");
      return button !== null && Object.keys(button).some((key) => key.startsWith("__reactProps"));
    });
    await page.getByRole("button", { name: /^Play (video|from [\d:]+): / }).click();
    await expect(page.locator("iframe[data-youtube-stand-in]")).toBeAttached();
    expect(youtube.requested).toContain("https://www.youtube.com/iframe_api");
    expect(await watch.violations()).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test("the policy blocks what the pages do not use", async ({ page }) => {
    // Answer every probe locally, so a request that the policy lets through still never leaves.
    await page.route(/^https?:\/\/(evil\.example|i\.ytimg\.com|www\.youtube-nocookie\.com)\//, (route) =>
      route.fulfill({ status: 200, contentType: "text/plain", body: "" }),
    );
    await stubAudioHost(page);
    const watch = await watchViolations(page);
    await page.goto("/topics");
    await page.waitForLoadState("networkidle");
    const evalBlocked = await page.evaluate(async () => {
      const add = (html: string) => document.body.insertAdjacentHTML("beforeend", html);
      add('<img src="https://i.ytimg.com/vi/yGjGc21mmoU/hqdefault.jpg" alt="">');
      add('<img src="https://evil.example/pixel.png" alt="">');
      add('<iframe src="https://www.youtube-nocookie.com/embed/yGjGc21mmoU" title="allowed"></iframe>');
      add('<iframe src="https://evil.example/frame" title="blocked"></iframe>');
      add('<audio src="http://127.0.0.1:3101/episode.mp3"></audio>');
      add('<div style="color: red">inline style</div>');
      add('<object data="https://evil.example/flash.swf"></object>');
      const script = document.createElement("script");
      script.src = "https://evil.example/script.js";
      document.head.append(script);
      await fetch("https://evil.example/beacon").catch(() => null);
      // Inline scripts run ('unsafe-inline'); eval inside one must not. (Chromium lets eval through
      // while Playwright's own evaluation runs, so the probe runs later, from a page timer.)
      const probe = document.createElement("script");
      probe.textContent =
        "setTimeout(() => { try { eval('1'); window.__evalRan = true; } catch (error) { window.__evalRan = false; } }, 0);";
      document.head.append(probe);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return !(window as unknown as { __evalRan: boolean }).__evalRan;
    });
    expect(evalBlocked).toBe(true);
    const violations = (await watch.violations()).sort();
    expect(violations).toEqual(
      [
        "connect-src https://evil.example/beacon",
        // Navigations (frames, plugins) report only the origin.
        "frame-src https://evil.example",
        "img-src https://evil.example/pixel.png",
        "object-src https://evil.example",
        "script-src eval",
        "script-src-elem https://evil.example/script.js",
        "style-src-attr inline",
      ].sort(),
    );
  });

  test("another site cannot frame the pages", async ({ page, baseURL }) => {
    await page.route("http://framer.example/", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><title>framer</title><iframe src="${baseURL}/topics" title="catalog"></iframe>`,
      }),
    );
    await page.goto("http://framer.example/");
    const frame = page.frameLocator("iframe");
    // The catalog's heading never appears inside the frame: the browser refused to render it.
    await page.waitForTimeout(1000);
    await expect(frame.getByRole("heading", { level: 1 })).toHaveCount(0);
  });
});

/** Fails on any dialog, and checks the rendered page for markup or script that came from the data. */
async function expectInert(page: Page) {
  const report = await page.evaluate(() => {
    const handlers: string[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) handlers.push(`${element.tagName} ${attribute.name}`);
      }
    }
    const badHrefs = [...document.querySelectorAll("[href], [src], [action], [formaction]")]
      .flatMap((element) =>
        ["href", "src", "action", "formaction"].map((name) => element.getAttribute(name) ?? ""),
      )
      .filter((value) => /^\s*(javascript|data|vbscript):/i.test(value));
    const injected = [
      ...document.querySelectorAll('img[src="x"], svg[onload], body script:not([src]):not([type])'),
    ]
      .filter((element) => element.tagName !== "SCRIPT" || /^alert\(/.test(element.textContent ?? ""))
      .map((element) => element.outerHTML);
    const external = [...document.querySelectorAll<HTMLAnchorElement>("a[href]")]
      .filter((link) => new URL(link.href, location.href).origin !== location.origin)
      .filter((link) => /^https?:/.test(link.href))
      .filter(
        (link) => !["noopener", "noreferrer", "nofollow"].every((token) => link.relList.contains(token)),
      )
      .map((link) => `${link.href} rel="${link.rel}"`);
    return { handlers, badHrefs, injected, external };
  });
  expect(report).toEqual({ handlers: [], badHrefs: [], injected: [], external: [] });
}

test.describe("untrusted text is inert", () => {
  test.beforeEach(({ page }) => {
    page.on("dialog", (dialog) => {
      throw new Error(`a dialog opened: ${dialog.type()} "${dialog.message()}"`);
    });
  });

  test("the hostile episode's page shows its markup as text", async ({ page, request }) => {
    const { slug, title } = await hostileEpisode(request);
    expect(title).toBe(hostileTitle);
    await page.goto(seedEpisodePath(slug));
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(hostileTitle);
    await expect(page).toHaveTitle(new RegExp(`^${hostileTitle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    const main = page.locator("main");
    await expect(main).toContainText("Intro <script>alert(1)</script>");
    await expect(main).toContainText("Zanzibar <img src=x onerror=alert(1)> in Postgres");
    await expect(main).toContainText("javascript:alert(1) &lt;b&gt;chapter&lt;/b&gt;");
    await expect(main).toContainText("<svg onload=alert(1)> data:text/html,<script>alert(1)</script>");
    await expect(main).toContainText('<a href="javascript:alert(1)">a javascript link</a>');
    await expect(main).toContainText("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; entities");
    await expect(main).toContainText("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==");
    // The only links made from the text are the http(s) ones, cut before the markup.
    const links = await main
      .locator("a[href^='http']")
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
    for (const href of links) expect(href).not.toMatch(/[<>"]/);
    await expectInert(page);

    // The structured data is JSON that no value can break out of.
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(jsonLd).not.toMatch(/<\/script|<!--/i);
    expect((JSON.parse(jsonLd!) as { name: string }).name).toBe(hostileTitle);
  });

  test("home, search and topic pages list it as text", async ({ page }) => {
    for (let pageNumber = 1; ; pageNumber += 1) {
      await page.goto(`${seedShowPath}?page=${pageNumber}`);
      const card = page.getByRole("link", { name: hostileTitle });
      if ((await card.count()) > 0) {
        await expect(card).toBeVisible();
        break;
      }
      expect(pageNumber, "the hostile episode is on one of the home pages").toBeLessThan(10);
    }
    await expectInert(page);

    await page.goto("/search?q=zanzibar");
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("link", { name: hostileTitle }).first()).toBeVisible();
    await expect(page.locator("main")).toContainText("<img src=x onerror=alert(1)>");
    await expectInert(page);

    await page.goto(`/search?q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`);
    await page.waitForLoadState("networkidle");
    await expectInert(page);

    await page.goto("/topics/postgresql");
    await expect(page.getByRole("link", { name: hostileTitle }).first()).toBeVisible();
    await expectInert(page);
  });

  test("the API returns it as data, escaped where it is HTML @desktop", async ({ request }) => {
    const { slug } = await hostileEpisode(request);
    const episode = (await (await request.get(apiEpisodePath(seedShow.slug, slug))).json()) as {
      title: string;
      chapters: { title: string }[];
    };
    expect(episode.title).toBe(hostileTitle);
    expect(episode.chapters[0]!.title).toBe("Intro <script>alert(1)</script>");
    const search = (await (await request.get("/api/search?q=zanzibar")).json()) as {
      results: { snippet: string }[];
    };
    // Snippets are HTML with the data escaped: only <mark> survives as markup.
    expect(search.results[0]!.snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
  });
});

test.describe("build output @desktop", () => {
  /**
   * Files of the production build the server runs from: not the build cache, and not what `next dev`
   * leaves in .next/dev (a developer's own machine; `next start` never reads or serves it).
   */
  function buildFiles(): string[] {
    const root = path.resolve(".next");
    return (
      readdirSync(root, { recursive: true, encoding: "utf8" })
        .filter((name) => !name.startsWith(`cache${path.sep}`) && !name.startsWith(`dev${path.sep}`))
        .map((name) => path.join(root, name))
        .filter((file) => statSync(file).isFile())
        // .next/node_modules holds links to the installed packages the server loads at run time
        // (serverExternalPackages): node_modules, not build output.
        .filter((file) => realpathSync(file).startsWith(`${root}${path.sep}`))
    );
  }

  test("holds no machine paths and no secret values", () => {
    const projectRoot = path.resolve(".");
    // Values of variables that look secret, and the paths this machine would leak.
    const secretName = /(SECRET|TOKEN|PASSWORD|PASSWD|API_?KEY|PRIVATE|CREDENTIAL|AUTH)/i;
    const secrets = Object.entries(process.env)
      .filter(([name, value]) => secretName.test(name) && value && value.length >= 8)
      .map(([name, value]) => ({ name, value: value! }));
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pathPatterns = [
      ...new Set([projectRoot, `${os.homedir()}/`].filter((part) => part.length > 2).map(escape)),
      "/root/",
      "/home/[a-z_][a-z0-9_-]*/",
      "/Users/[^/\\s\"']+/",
    ];
    // An absolute path starts a string or follows a separator; "children/root" in prose does not count.
    const machinePath = new RegExp(`(?:^|[\\s"'\`(=:,])(?:${pathPatterns.join("|")})`);
    // next start needs the project's absolute path (appDir) in these server-only manifests; they are
    // never served (only .next/static is, under /_next/static).
    const serverManifests = /^required-server-files\.js(on)?$/;
    // Prisma's generated client carries its generator settings, two absolute paths (its output folder
    // and the schema), into the server chunks that bundle it; server-only as well, never under
    // /_next/static. Only those two exact strings are exempt.
    const prismaPaths = [
      path.join(projectRoot, "lib/generated/prisma"),
      path.join(projectRoot, "prisma/schema.prisma"),
    ];

    const files = buildFiles();
    expect(files.length).toBeGreaterThan(100);
    const findings: string[] = [];
    for (const file of files) {
      const text = readFileSync(file).toString("latin1");
      const relative = path.relative(projectRoot, file);
      for (const { name, value } of secrets) {
        if (text.includes(value)) findings.push(`${relative}: value of ${name}`);
      }
      if (serverManifests.test(path.basename(file))) continue;
      const inServer = relative.startsWith(`.next${path.sep}server${path.sep}`);
      const scanned = inServer
        ? prismaPaths.reduce((rest, prismaPath) => rest.split(prismaPath).join(""), text)
        : text;
      const match = machinePath.exec(scanned);
      if (match)
        findings.push(
          `${relative}: machine path ${JSON.stringify(scanned.slice(match.index, match.index + 60))}`,
        );
    }
    expect(findings).toEqual([]);
  });
});
