import { describe, expect, it } from "vitest";
import {
  chromiumFlags,
  debianChromium,
  ensureBrowser,
  findBrowser,
  isDebianRelease,
  launchOptionsFor,
  missingBrowserMessage,
  type BrowserProbes,
} from "@/scripts/e2e-browser";

const playwrightPath = "/home/ci/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome";

/** A machine with the given files; the installers add files when they "succeed" and record their calls. */
function machine(options: {
  files?: string[];
  isRoot?: boolean;
  isDebian?: boolean;
  playwrightInstalls?: boolean;
  aptInstalls?: boolean;
}) {
  const files = new Set(options.files ?? []);
  const calls: string[] = [];
  const logged: string[] = [];
  const probes: BrowserProbes = {
    exists: (file) => files.has(file),
    playwrightPath,
    isRoot: options.isRoot ?? false,
    isDebian: options.isDebian ?? false,
    installPlaywright: async (withDeps) => {
      calls.push(withDeps ? "playwright --with-deps" : "playwright");
      if (options.playwrightInstalls) files.add(playwrightPath);
      return options.playwrightInstalls ?? false;
    },
    installApt: async () => {
      calls.push("apt");
      if (options.aptInstalls) files.add(debianChromium);
      return options.aptInstalls ?? false;
    },
    log: (line) => logged.push(line),
  };
  return { probes, calls, logged };
}

describe("findBrowser", () => {
  it("prefers Playwright's own Chromium, then Debian's", () => {
    const both = new Set([playwrightPath, debianChromium]);
    expect(findBrowser((file) => both.has(file), playwrightPath)).toEqual({
      source: "playwright",
      executablePath: playwrightPath,
    });
    expect(findBrowser((file) => file === debianChromium, playwrightPath)).toEqual({
      source: "debian",
      executablePath: "/usr/bin/chromium",
    });
    expect(findBrowser(() => false, playwrightPath)).toBeNull();
  });

  it("gives Debian's Chromium its path and the offline, container-safe flags; Playwright's none", () => {
    expect(launchOptionsFor({ source: "debian", executablePath: debianChromium })).toEqual({
      executablePath: "/usr/bin/chromium",
      args: chromiumFlags,
    });
    // Root in a container needs no sandbox; the tests run offline.
    expect(chromiumFlags).toContain("--no-sandbox");
    expect(chromiumFlags).toContain("--disable-background-networking");
    expect(launchOptionsFor({ source: "playwright", executablePath: playwrightPath })).toEqual({});
    expect(launchOptionsFor(null)).toEqual({});
  });
});

describe("ensureBrowser", () => {
  it("uses an installed browser and installs nothing", async () => {
    const { probes, calls, logged } = machine({ files: [debianChromium], isRoot: true, isDebian: true });
    expect(await ensureBrowser(probes)).toEqual({
      ok: true,
      browser: { source: "debian", executablePath: debianChromium },
      installed: null,
    });
    expect(calls).toEqual([]);
    expect(logged).toEqual([]);
  });

  it.each([
    {
      when: "root on Debian: Playwright's installer first, with the system libraries its browser needs",
      given: { isRoot: true, isDebian: true, playwrightInstalls: true },
      calls: ["playwright --with-deps"],
      browser: { source: "playwright", executablePath: playwrightPath },
      installed: "playwright",
    },
    {
      when: "without root: Playwright's installer for the browser only",
      given: { isDebian: true, playwrightInstalls: true },
      calls: ["playwright"],
      browser: { source: "playwright", executablePath: playwrightPath },
      installed: "playwright",
    },
    {
      when: "root on Debian, Playwright's download failing: apt",
      given: { isRoot: true, isDebian: true, aptInstalls: true },
      calls: ["playwright --with-deps", "apt"],
      browser: { source: "debian", executablePath: debianChromium },
      installed: "apt",
    },
  ])("installs a browser when there is none; $when", async ({ given, calls, browser, installed }) => {
    const host = machine(given);
    expect(await ensureBrowser(host.probes)).toEqual({ ok: true, browser, installed });
    expect(host.calls).toEqual(calls);
  });

  it("does not trust an installer that succeeded without leaving a browser behind", async () => {
    const { probes, calls } = machine({ isRoot: true, isDebian: true });
    probes.installPlaywright = async (withDeps) => {
      calls.push(withDeps ? "playwright --with-deps" : "playwright");
      return true;
    };
    probes.installApt = async () => {
      calls.push("apt");
      return true;
    };
    expect(await ensureBrowser(probes)).toEqual({
      ok: false,
      message: missingBrowserMessage(true, true),
    });
    expect(calls).toEqual(["playwright --with-deps", "apt"]);
  });

  it.each([
    {
      machine: "a Debian user",
      isRoot: false,
      isDebian: true,
      calls: ["playwright"],
      message:
        "No Chromium for the browser tests: run `sudo apt-get update && sudo apt-get install -y chromium`, then npm test again.",
    },
    {
      machine: "root elsewhere",
      isRoot: true,
      isDebian: false,
      calls: ["playwright"],
      message:
        "No Chromium for the browser tests: run `npx playwright install chromium` where Playwright's download host is reachable, then npm test again.",
    },
    {
      machine: "root on Debian, both installers failing",
      isRoot: true,
      isDebian: true,
      calls: ["playwright --with-deps", "apt"],
      message:
        "No Chromium for the browser tests: run `apt-get update && apt-get install -y chromium`, then npm test again.",
    },
  ])("on $machine, runs only what it may and says in one line what to run", async (expected) => {
    const { probes, calls } = machine({ isRoot: expected.isRoot, isDebian: expected.isDebian });
    expect(await ensureBrowser(probes)).toEqual({ ok: false, message: expected.message });
    expect(calls).toEqual(expected.calls);
  });
});

describe("isDebianRelease", () => {
  it("reads ID from /etc/os-release, quoted or not", () => {
    expect(isDebianRelease('PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nID=debian\nVERSION_ID="13"\n')).toBe(
      true,
    );
    expect(isDebianRelease('ID="debian"\n')).toBe(true);
  });

  it("does not take a derivative (ID_LIKE=debian) for Debian", () => {
    expect(isDebianRelease("NAME=Ubuntu\nID=ubuntu\nID_LIKE=debian\n")).toBe(false);
    expect(isDebianRelease("ID=fedora\n")).toBe(false);
  });
});
