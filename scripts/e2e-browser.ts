// The Chromium the browser tests drive: Playwright's own when installed, else Debian's. Run before
// `playwright test` (npm run test:e2e), it installs one when there is none, or says what to run.
// The choice itself is pure (probes are passed in), so playwright.config.ts and the tests share it.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

export const debianChromium = "/usr/bin/chromium";

/** Keep Chromium off the (often closed) network and working as root in a container. */
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export type Browser = { source: "playwright" | "debian"; executablePath: string };

/** findBrowser(existsSync, "/root/.cache/ms-playwright/…/chrome") -> Playwright's when that file exists, else Debian's, else null. */
export function findBrowser(exists: (file: string) => boolean, playwrightPath: string): Browser | null {
  if (exists(playwrightPath)) return { source: "playwright", executablePath: playwrightPath };
  if (exists(debianChromium)) return { source: "debian", executablePath: debianChromium };
  return null;
}

/** Playwright launches its own browser as it likes (headless shell included); Debian's needs the path and flags. */
export function launchOptionsFor(browser: Browser | null): { executablePath?: string; args?: string[] } {
  return browser?.source === "debian" ? { executablePath: browser.executablePath, args: chromiumFlags } : {};
}

export type BrowserProbes = {
  exists: (file: string) => boolean;
  playwrightPath: string;
  isRoot: boolean;
  isDebian: boolean;
  /** `npx playwright install [--with-deps] chromium`; false when it failed (download host unreachable, say). */
  installPlaywright: (withDeps: boolean) => Promise<boolean>;
  /** `apt-get update && apt-get install -y chromium`; false when it failed. */
  installApt: () => Promise<boolean>;
  log: (line: string) => void;
};

export type BrowserOutcome =
  { ok: true; browser: Browser; installed: "playwright" | "apt" | null } | { ok: false; message: string };

/** The line that tells someone without a browser what to run; the installers already failed here. */
export function missingBrowserMessage(isRoot: boolean, isDebian: boolean): string {
  if (isDebian) {
    const sudo = isRoot ? "" : "sudo ";
    return `No Chromium for the browser tests: run \`${sudo}apt-get update && ${sudo}apt-get install -y chromium\`, then npm test again.`;
  }
  return "No Chromium for the browser tests: run `npx playwright install chromium` where Playwright's download host is reachable, then npm test again.";
}

/**
 * ensureBrowser(probes) -> the browser to use, installing one when there is none: Playwright's
 * installer first, then apt as root on Debian; { ok: false, message } when neither can.
 */
export async function ensureBrowser(probes: BrowserProbes): Promise<BrowserOutcome> {
  const found = () => findBrowser(probes.exists, probes.playwrightPath);
  const present = found();
  if (present) return { ok: true, browser: present, installed: null };

  // As root on Debian the installer can also apt-get the libraries its Chromium needs; a bare
  // machine has none of them.
  const withDeps = probes.isRoot && probes.isDebian;
  probes.log(
    `no Chromium found; trying Playwright's installer (npx playwright install ${withDeps ? "--with-deps " : ""}chromium)…`,
  );
  if (await probes.installPlaywright(withDeps)) {
    const installed = found();
    if (installed) return { ok: true, browser: installed, installed: "playwright" };
  }
  if (probes.isRoot && probes.isDebian) {
    probes.log("Playwright's installer failed; installing Debian's chromium (apt-get install -y chromium)…");
    if (await probes.installApt()) {
      const installed = found();
      if (installed) return { ok: true, browser: installed, installed: "apt" };
    }
  }
  return { ok: false, message: missingBrowserMessage(probes.isRoot, probes.isDebian) };
}

/** isDebianRelease("ID=debian\nVERSION_ID=\"12\"") -> true; Ubuntu and others (ID_LIKE=debian) -> false. */
export function isDebianRelease(osRelease: string): boolean {
  return /^ID="?debian"?$/m.test(osRelease);
}

/**
 * Runs a command with its output kept back: the installers' output names download hosts and mirrors,
 * and a failure here is not the end (the next way is tried). Resolves true on exit code 0.
 */
function quietly(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: "ignore" });
    child.on("error", () => resolve(false));
    child.on("exit", (code) => resolve(code === 0));
  });
}

async function main(): Promise<number> {
  const { chromium } = await import("@playwright/test");
  const log = (line: string) => process.stdout.write(`[e2e-browser] ${line}\n`);
  const outcome = await ensureBrowser({
    exists: existsSync,
    playwrightPath: chromium.executablePath(),
    isRoot: process.getuid?.() === 0,
    isDebian: existsSync("/etc/os-release") && isDebianRelease(readFileSync("/etc/os-release", "utf8")),
    // A stalled connection fails after 10 s instead of Playwright's default 30 s per attempt, so an
    // unreachable download host costs seconds; a reachable one downloads at its own pace.
    installPlaywright: (withDeps) =>
      quietly("npx", ["playwright", "install", ...(withDeps ? ["--with-deps"] : []), "chromium"], {
        ...process.env,
        PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: "10000",
      }),
    installApt: async () => {
      const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
      return (
        (await quietly("apt-get", ["update"], env)) && quietly("apt-get", ["install", "-y", "chromium"], env)
      );
    },
    log,
  });
  if (!outcome.ok) {
    process.stderr.write(`${outcome.message}\n`);
    return 1;
  }
  const { browser, installed } = outcome;
  const how = installed
    ? `installed with ${installed === "apt" ? "apt-get" : "Playwright's installer"}`
    : "found";
  log(
    `${browser.source === "debian" ? "Debian's" : "Playwright's"} Chromium ${how}: ${browser.executablePath}`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
