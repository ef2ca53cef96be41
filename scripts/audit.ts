// `npm run audit`: `npm audit --omit=dev --audit-level=high` (the packages the site runs with), and a
// plain explanation when the registry cannot answer instead of npm's bare "endpoint returned an error".
// Exit codes: 0 no high or critical advisory, 1 there are some, 2 the advisory service was unreachable.
import { spawnSync } from "node:child_process";

const result = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--loglevel=http"], {
  encoding: "utf8",
});
const output = `${result.stdout}${result.stderr}`;
const unreachable = /audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT/.test(
  output,
);

if (!unreachable) {
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr.replace(/^npm (http|warn) .*\n/gm, ""));
  process.exit(result.status ?? 2);
}

const status = /POST (\d{3})[^\n]*advisories/.exec(output)?.[1];
process.stderr.write(
  [
    `npm audit could not reach the advisory service${status ? ` (POST …/security/advisories/bulk answered ${status})` : ""}.`,
    "The registry this machine uses (a mirror or proxy) serves packages but not npm's audit API, so",
    "nothing was checked. Run `npm run audit` where registry.npmjs.org is reachable, or check the",
    "runtime dependencies below by hand (README, Security and hardening):",
    "",
  ].join("\n"),
);
const list = spawnSync("npm", ["ls", "--omit=dev", "--depth=0"], { encoding: "utf8" });
process.stderr.write(list.stdout);
process.exit(2);
