// Finds where scraped text glued two phrases together without a separator ("memoryAbstraction",
// "BSSHeapStack", "ErrorsRCA") while keeping real camel-case names whole (PostgreSQL, MongoDB,
// GitHub, WebTransport, CoW). A lexicon of known names plus a few naming rules decide.

/** Camel-case names that are single words, compared case-insensitively. */
// prettier-ignore
const LEXICON = [
  "PostgreSQL", "MongoDB", "WebTransport", "GitHub", "GitLab", "JavaScript", "TypeScript", "CoffeeScript",
  "NodeJS", "ScyllaDB", "YouTube", "WiredTiger", "DynamoDB", "RocksDB", "RockDB", "LevelDB", "CockroachDB",
  "InnoDB", "MySQL", "NoSQL", "GraphQL", "SQLite", "MariaDB", "DuckDB", "ClickHouse", "CouchDB",
  "CouchBase", "TimescaleDB", "FoundationDB", "YugabyteDB", "TiDB", "TiKV", "InfluxDB", "QuestDB",
  "SurrealDB", "RethinkDB", "SingleStore", "PlanetScale", "BigQuery", "BigTable", "ElasticSearch",
  "OpenSearch", "LogStash", "RabbitMQ", "ZeroMQ", "ActiveMQ", "ZooKeeper", "KeyDB", "ValKey", "MemCached",
  "PgBouncer", "PgPool", "PostGIS", "PgVector", "WebSocket", "WebSockets", "WebRTC", "WebAssembly",
  "WebKit", "WebGPU", "WebAuthn", "WebView", "OpenSSL", "BoringSSL", "LibreSSL", "OpenAI", "ChatGPT",
  "OpenBSD", "FreeBSD", "NetBSD", "OpenTelemetry", "OpenStack", "OpenShift", "OpenVPN", "WireGuard",
  "TailScale", "HAProxy", "LinkedIn", "TikTok", "PayPal", "WhatsApp", "FaceBook", "DropBox", "OneDrive",
  "SharePoint", "PowerShell", "DevOps", "GitOps", "FastAPI", "NextJS", "NestJS", "ExpressJS", "VueJS",
  "ReactJS", "AngularJS", "BunJS", "DenoJS", "jQuery", "WordPress", "StackOverflow", "LeetCode",
  "HackerNews", "HackerRank", "iPhone", "iPad", "iOS", "iCloud", "macOS", "MacBook", "eBPF", "gRPC",
  "eBay", "CPython", "PyPy", "NumPy", "PyTorch", "TensorFlow", "PyPI", "NuGet", "HashiCorp", "DataDog",
  "NewRelic", "PagerDuty", "CloudFlare", "CloudFront", "DigitalOcean", "SpaceX", "PlayStation", "XBox",
  "FireFox", "SpiderMonkey", "JetBrains", "IntelliJ", "VSCode", "DevTools", "WinSock", "SmartNIC",
  "DirectIO", "AsyncIO", "TypeORM", "MinIO", "BitTorrent", "SnowFlake", "QuickSilver", "ZeroCopy", "CoW",
  "GoAWAY", "IPv4", "IPv6", "AutoVacuum", "LibUV", "HashMap", "ArrayList", "HubSpot", "SendGrid",
  "MailChimp", "VictoriaMetrics", "LiveKit", "NetFlix", "GoLang", "PhD", "McDonald", "McKinsey",
  "DeepSeek", "GitKraken", "SubStack", "UpWork", "TypeSense", "MeiliSearch", "RedisJSON", "KubeCon",
  "DockerHub",
].map((word) => word.toLowerCase());
const LEXICON_SET = new Set(LEXICON);

/** An acronym that ends a product name: MongoDB, NodeJS, MySQL, GraphQL, macOS, RabbitMQ. */
// prettier-ignore
const NAME_SUFFIXES = new Set(["DB", "JS", "SQL", "QL", "OS", "IO", "API", "SDK", "ML", "AI", "VM", "FS", "MQ", "KV"]);
/** A word that starts product names: WebSocket, GitHub, PgBouncer. */
const NAME_PREFIXES = new Set(["Web", "Git", "Pg", "Dev"]);
/** Single lowercase letters that start product names: iPhone, eBPF, gRPC, jQuery. */
const LETTER_PREFIXES = new Set(["i", "e", "g", "j", "x", "k"]);

// Atoms of a letter run: an upper-case run before a Capitalized word ("BSS" in "BSSHeap"), a
// Capitalized or lower-case word, or a trailing upper-case run.
const ATOM = /[A-Z]{2,}(?=[A-Z][a-z]{2})|[A-Z]?[a-z]+|[A-Z]+/g;

function atomsOf(run: string): string[] {
  return run.match(ATOM) ?? [run];
}

function isGlueBoundary(left: string, right: string): boolean {
  const endsLower = /[a-z]$/.test(left);
  const startsUpper = /^[A-Z]/.test(right);
  if (endsLower && startsUpper) return true;
  // "BSS" + "Heap": an acronym followed by a Capitalized word of 3+ letters.
  return /^[A-Z]{2,}$/.test(left) && /^[A-Z][a-z]{2,}$/.test(right);
}

function joinsAsName(left: string, right: string): boolean {
  if (NAME_SUFFIXES.has(right) && /^[A-Za-z][a-z]+$/.test(left)) return true;
  if (NAME_PREFIXES.has(left) && /^[A-Z]/.test(right)) return true;
  if (LETTER_PREFIXES.has(left) && /^[A-Z]/.test(right)) return true;
  // A lower-case letter before an acronym: mTLS, vCPU, mDNS, kTLS.
  if (/^[a-z]$/.test(left) && /^[A-Z]{2,}$/.test(right)) return true;
  return false;
}

/**
 * Offsets inside a letter run where a glue point is: "memoryAbstraction" -> [6];
 * "PostgreSQL" -> []; "BSSHeapStack" -> [3, 7].
 */
export function glueOffsets(run: string): number[] {
  if (LEXICON_SET.has(run.toLowerCase())) return [];
  const atoms = atomsOf(run);
  const offsets: number[] = [];
  let position = 0;
  let index = 0;
  while (index < atoms.length) {
    // Longest lexicon word starting at this atom (up to four atoms: "Java"+"Script").
    let span = 1;
    for (let length = Math.min(4, atoms.length - index); length > 1; length -= 1) {
      const candidate = atoms.slice(index, index + length).join("");
      if (LEXICON_SET.has(candidate.toLowerCase())) {
        span = length;
        break;
      }
    }
    if (span === 1) {
      while (index + span < atoms.length && joinsAsName(atoms[index + span - 1]!, atoms[index + span]!))
        span += 1;
    }
    const word = atoms.slice(index, index + span).join("");
    const lastAtom = atoms[index + span - 1]!;
    const next = atoms[index + span];
    position += word.length;
    index += span;
    if (next !== undefined && isGlueBoundary(lastAtom, next)) offsets.push(position);
  }
  return offsets;
}

/**
 * Splits text at glue points: "Virtual memoryAbstraction of physical memoryMemory sharing" ->
 * ["Virtual memory", "Abstraction of physical memory", "Memory sharing"].
 */
export function splitGlued(text: string): string[] {
  const cuts: number[] = [];
  for (const match of text.matchAll(/[A-Za-z]+/g)) {
    for (const offset of glueOffsets(match[0])) cuts.push(match.index + offset);
  }
  const pieces: string[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== "");
}

/** Words that still look like two glued words ("ErrorsRCA"), for the data-quality report. */
export function findGluedWords(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/[A-Za-z]+/g)) {
    if (glueOffsets(match[0]).length > 0) found.push(match[0]);
  }
  return found;
}
