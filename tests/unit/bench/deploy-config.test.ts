// The nginx config of deploy/: the template filled in for a runtime folder, a port and the replicas,
// and (where nginx is installed) accepted by `nginx -t`.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findNginx, renderNginxConfig, templatePath } from "@/deploy/stack";

const template = readFileSync(templatePath, "utf8");
const settings = {
  runtime: "/tmp/episode-catalog-deploy",
  listen: "127.0.0.1:8080",
  upstreams: ["127.0.0.1:3101", "127.0.0.1:3102"],
};

const nginx = (() => {
  try {
    return findNginx();
  } catch {
    return null;
  }
})();

describe("renderNginxConfig", () => {
  it("fills every placeholder: paths under the runtime folder, the port, one server line per replica", () => {
    const config = renderNginxConfig(template, settings);
    expect(config).not.toMatch(/\{\{/);
    expect(config).toContain("pid /tmp/episode-catalog-deploy/nginx.pid;");
    expect(config).toContain("proxy_temp_path /tmp/episode-catalog-deploy/temp/proxy;");
    expect(config).toContain("listen 127.0.0.1:8080;");
    expect(config.match(/^\s+server 127\.0\.0\.1:310[12] max_fails=3 fail_timeout=5s;$/gm)).toHaveLength(2);
    expect(config).toContain("max_size=2g");
  });

  it("keeps the caching rules the recipe promises", () => {
    const config = renderNginxConfig(template, settings);
    for (const directive of [
      "daemon off;",
      "proxy_cache_revalidate on;",
      "proxy_cache_use_stale updating error timeout",
      "proxy_cache_background_update on;",
      "proxy_cache_lock on;",
      "proxy_cache_methods GET HEAD;",
      'proxy_cache_key "$scheme$host$request_uri|',
      "add_header X-Cache-Status $upstream_cache_status always;",
      "keepalive 64;",
      "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
      "location /_next/static/ {",
    ]) {
      expect(config, directive).toContain(directive);
    }
    // Nothing may outlive the upstream's own Cache-Control except the content-hashed static files.
    expect(config.match(/proxy_cache_valid/g)).toHaveLength(1);
  });

  it("refuses values that would break or escape the file", () => {
    expect(() => renderNginxConfig(template, { ...settings, runtime: "relative/dir" })).toThrow(/absolute/);
    expect(() => renderNginxConfig(template, { ...settings, runtime: "/tmp/a;b" })).toThrow(/absolute/);
    expect(() => renderNginxConfig(template, { ...settings, listen: "8080; evil" })).toThrow(/listen/);
    expect(() => renderNginxConfig(template, { ...settings, upstreams: [] })).toThrow(/replica/);
    expect(() => renderNginxConfig(template, { ...settings, upstreams: ["x y:1"] })).toThrow(/host:port/);
    expect(() => renderNginxConfig(`${template}{{unknown}}`, settings)).toThrow(/\{\{unknown\}\}/);
  });

  it.skipIf(nginx === null)("is accepted by nginx -t (skipped without nginx)", () => {
    const runtime = mkdtempSync(path.join(os.tmpdir(), "deploy-config-"));
    try {
      for (const folder of ["logs", "temp", "cache"]) mkdirSync(path.join(runtime, folder));
      const configPath = path.join(runtime, "nginx.conf");
      writeFileSync(configPath, renderNginxConfig(template, { ...settings, runtime, listen: "127.0.0.1:1" }));
      const result = spawnSync(
        nginx!,
        ["-t", "-q", "-p", runtime, "-c", configPath, "-e", path.join(runtime, "logs/error.log")],
        { encoding: "utf8" },
      );
      expect(`${result.stdout}${result.stderr}`.trim()).toBe("");
      expect(result.status).toBe(0);
    } finally {
      rmSync(runtime, { recursive: true, force: true });
    }
  });
});
