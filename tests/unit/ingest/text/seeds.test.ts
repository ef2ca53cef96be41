// Expected values below were written by reading data/sources/*.txt line by line.
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { parseSource } from "@/lib/ingest/text";
import type { ParseResult } from "@/lib/catalog/schema";
import { seedShow } from "@/tests/fixtures/seed-show";

const SOURCES = path.join(process.cwd(), "data/sources");
const parseSeed = (file: string): ParseResult =>
  parseSource(readFileSync(path.join(SOURCES, file), "utf8"), file, seedShow);
const times = (episode: ParseResult["episodes"][number]) =>
  episode.chapters.map((chapter) => [chapter.start, chapter.title]);

describe("000: title line + glued one-line description", () => {
  const result = parseSeed("000_a73692b421beb85a.txt");
  const [faults, outage, graceful, postgres, ktls] = result.episodes;

  it("detects the layout and reads five titled episodes", () => {
    expect(result.layout).toBe("title-description-pairs");
    expect(result.show).toBeNull();
    expect(result.episodes.map((episode) => episode.title)).toEqual([
      "CPU and Kernel Page Faults",
      "Amazon US-EAST-1 Outage in Details",
      "Graceful shutdown in HTTP",
      "Postgres 18 gets Async IO",
      "Kernel level TLS",
    ]);
    expect(result.episodes.map((episode) => episode.source.line)).toEqual([1, 3, 5, 7, 9]);
  });

  it("splits glued chapters and their sub-points", () => {
    expect(times(faults!)).toEqual([
      [0, "Intro"],
      [240, "Virtual memory"],
      [720, "VMA areas"],
      [1190, "Kernel mode"],
      [1530, "What is a Page fault?"],
      [1830, "First access page fault"],
      [1980, "Stack Expansion page fault"],
      [2070, "CoW page fault"],
      [2280, "Swap page fault"],
      [2379, "File backed page fault"],
      [2429, "Permission page fault"],
      [2730, "Summary"],
    ]);
    expect(faults!.chapters[1]!.subpoints).toEqual([
      "Abstraction of physical memory",
      "Memory sharing",
      "Allow more processes to run, unused go to disk",
      "Numa, kernel can place memory near the cpu",
    ]);
    expect(faults!.chapters[2]!.subpoints).toEqual(["Text/code", "Data", "BSS", "Heap", "Stack"]);
    expect(faults!.description).toMatch(/^Page faults occurs when .* the cost page faults in the kernel\.$/);
  });

  it("finds a chapter list glued to the last word and keeps trailing text in the description", () => {
    expect(times(outage!)).toEqual([
      [0, "Summary"],
      [330, "How did Dynamo lost its DNS?"],
      [821, "EC2 Errors"],
      [976, "Network Load Balancer Errors"],
    ]);
    expect(outage!.description).toBe(
      "On October 19 2025 AWS experienced an outage that lasted over a day, 10 days later we finally got the root cause analysis and we know exactly what caused the DNS to fail\nRCA here\nhttps://aws.amazon.com/message/101925/",
    );
    expect(outage!.links).toEqual([
      { url: "https://aws.amazon.com/message/101925/", kind: "reference", label: "RCA here" },
    ]);
  });

  it("separates 'SummaryLinks' and the glued URLs", () => {
    expect(times(graceful!)).toEqual([
      [0, "Intro"],
      [298, "Why shutdown connection?"],
      [406, "HTTP/1.1 Graceful shutdown"],
      [746, "Cost of HTTP/2"],
      [1060, "HTTP/2 GoAWAY frame"],
      [1420, "Summary"],
    ]);
    expect(graceful!.description).toContain(
      "via the GOAWAY frame.\nLinks\nhttps://www.youtube.com/watch?v=fVKPrDrEwTI&t=1s",
    );
    expect(graceful!.links).toEqual([
      {
        url: "https://www.youtube.com/watch?v=fVKPrDrEwTI&t=1s",
        kind: "youtube",
        label: null,
        youtubeId: "fVKPrDrEwTI",
        startSeconds: 1,
      },
      {
        url: "https://chromium.googlesource.com/chromium/src/net/%2B/master/socket/client_socket_pool_manager.cc#76",
        kind: "reference",
        label: null,
      },
      { url: "https://issues.chromium.org/issues/40555364", kind: "reference", label: null },
      { url: "https://issues.chromium.org/issues/40501721", kind: "reference", label: null },
    ]);
  });

  it("reads 'Postgres 1820:00' as 'Postgres 18' and a chapter at 20:00", () => {
    expect(times(postgres!)).toEqual([
      [0, "Intro"],
      [90, "Synchronous vs Asynchronous calls"],
      [180, "Synchronous IO"],
      [390, "Asynchronous IO"],
      [600, "Postgres 17 synchronous io"],
      [1040, "The challenge of Async IO in Postgres 18"],
      [1200, "io_method worker"],
      [1380, "io_method io_uring"],
      [1770, "io_method sync"],
      [1868, "Async IO isn’t done!"],
      [1890, "Support for backend writers"],
      [1956, "Improve worker io_method"],
      [1980, "direct io support"],
      [2220, "Summary"],
    ]);
    expect(postgres!.description.endsWith("Hope you enjoy it")).toBe(true);
  });

  it("cuts a host glued to the next word and keeps the rest as text", () => {
    expect(
      ktls!.description.startsWith(
        "Fundamentals of Operating Systems Course https://oscourse.win ktls is brilliant. TLS encryption",
      ),
    ).toBe(true);
    expect(
      ktls!.description.endsWith("So much good stuff.\nhttps://docs.kernel.org/networking/tls-offload.html"),
    ).toBe(true);
    expect(times(ktls!)).toEqual([
      [0, "Intro"],
      [120, "Userspace SSL Libraries"],
      [180, "ktls"],
      [360, "Kernel Encrypts/Decrypts (TLS_SW)"],
      [500, "NIC offload mode (TLS_HW)"],
      [615, "NIC does it all (TLS_HW_RECORD)"],
      [720, "Write TX Example"],
      [830, "Read RX Example"],
      [1020, "Zero copy (sendfile)"],
    ]);
    expect(ktls!.links.map((link) => [link.url, link.kind, link.label])).toEqual([
      ["https://oscourse.win", "course", "Fundamentals of Operating Systems Course"],
      ["https://docs.kernel.org/networking/tls-offload.html", "reference", null],
    ]);
  });
});

describe("003: summary site with untitled descriptions and marketing", () => {
  const result = parseSeed("003_2286eee2839ae7ee.txt");

  it("keeps eight episode paragraphs and drops 17 boilerplate lines", () => {
    expect(result.layout).toBe("summary-site");
    expect(result.episodes.map((episode) => episode.source.line)).toEqual([6, 7, 8, 9, 10, 11, 12, 13]);
    expect(result.episodes.every((episode) => episode.title === null)).toBe(true);
    expect(result.boilerplateLines).toBe(17);
    const note = result.issues.find((issue) => issue.code === "boilerplate");
    expect(note?.message).toContain("lines 2-5, 14-16, 18-27");
  });

  it("reads the show from the byline, the pitch and the blurb", () => {
    expect(result.show?.name).toBe("The Backend Engineering Show with Hussein Nasser");
    expect(result.show?.author).toBe("Hussein Nasser");
    expect(result.show?.description?.startsWith("Welcome to the Backend Engineering Show podcast")).toBe(
      true,
    );
    expect(result.show?.links.map((link) => [link.url, link.kind])).toEqual([
      ["http://www.youtube.com/c/HusseinNasser-software-engineering", "social"],
      ["https://www.buymeacoffee.com/hnasr", "support"],
      ["https://husseinnasser.com/courses", "course"],
    ]);
  });

  it("labels the two glued book links", () => {
    const book = result.episodes[0]!;
    expect(book.links).toEqual([
      { url: "https://amzn.to/4cKfZhe", kind: "support", label: "paperback" },
      { url: "https://amzn.to/4cfQjJj", kind: "support", label: "ebook" },
    ]);
    expect(
      book.description.endsWith(
        "Grab your copy here paperback or kindle ebook paperback https://amzn.to/4cKfZhe ebook https://amzn.to/4cfQjJj",
      ),
    ).toBe(true);
    expect(book.description).toContain("art of backend engineering. Early in my career");
  });

  it("reads chapters separated by hyphen bullets; empty bullets are dropped", () => {
    const pageTables = result.episodes[2]!;
    expect(times(pageTables)).toEqual([
      [0, "Intro"],
      [120, "Virtual Memory"],
      [480, "MMU"],
      [600, "Page Tables"],
      [690, "Single Table Byte Addressability"],
      [960, "Single Table Page addressability"],
      [1140, "Multi-level Paging (Radix tree)"],
      [1860, "Huge Tables"],
      [1980, "TLB"],
    ]);
    expect(pageTables.chapters.at(-1)!.subpoints).toEqual(["Summary"]);
  });
});

describe("004: directory page", () => {
  const result = parseSeed("004_87154e9c1cfdff59.txt");
  const byTitle = (title: string) => {
    const episode = result.episodes.find((candidate) => candidate.title === title);
    if (!episode) throw new Error(`no episode "${title}"`);
    return episode;
  };

  it("reads the show header and 48 episodes", () => {
    expect(result.layout).toBe("directory");
    expect(result.show).toMatchObject({
      name: "The Backend Engineering Show with Hussein Nasser",
      author: "Hussein Nasser",
    });
    expect(result.show?.links).toEqual([
      {
        url: "https://www.youtube.com/c/HusseinNasser-software-engineering",
        kind: "social",
        label:
          "Most of my content in the podcast is an audio version of videos I post on my youtube channel here",
      },
      { url: "https://www.buymeacoffee.com/hnasr", kind: "support", label: "Buy me a coffee" },
      { url: "https://husseinnasser.com/courses", kind: "course", label: "🧑🏫 Courses I Teach" },
    ]);
    expect(result.show?.description).toContain("www.buymeacoffee.com/hnasr");
    expect(result.episodes).toHaveLength(48);
    expect(result.episodes[0]!.title).toBe("The beauty of the CPU");
    expect(result.episodes.at(-1)!.title).toBe(
      "How Alt-Svc switches HTTP/2 clients to use HTTP/3 | The Backend Engineering Show",
    );
  });

  it("reads chapter lines, including h:mm:ss", () => {
    expect(times(byTitle("How Discord Stores Trillions of Messages - A deep dive")).slice(-3)).toEqual([
      [3300, "The Migration"],
      [3720, "Zoned Named Spaces"],
      [3840, "Summary"],
    ]);
    expect(times(byTitle("Socket management and Kernel Data structures"))).toEqual([
      [0, "Intro"],
      [98, "Socket vs Connections"],
      [470, "SYN and Accept Queue"],
      [1136, "Socket Sharding"],
      [1394, "Receive and Send buffers"],
      [1620, "Summary"],
    ]);
    expect(byTitle("Socket management and Kernel Data structures").description).not.toContain("timestamps");
  });

  it("never turns prose numbers into chapters", () => {
    expect(times(byTitle("MySQL is having a bumpy journey"))).toEqual([
      [0, "Intro"],
      [120, "MySQL 8.0 vs 5.7 Performance"],
      [660, "Critical Crash in 8.0.38, 8.4.1 and 9.0.0"],
      [940, "Is 8.4 better than 8.0.36?"],
      [990, "More Features = More Bugs"],
      [1350, "Summary and my thoughts"],
    ]);
    expect(byTitle("Postgres is combining IO in version 17").chapters).toEqual([]);
    expect(byTitle("Postgres is combining IO in version 17").description).toContain(
      "page 7 is offset 57,345 for 8192",
    );
    expect(byTitle("The Cost of Memory Fragmentation").chapters).toEqual([]);
    const threads = byTitle("When do you use threads?");
    expect(threads.chapters.map((chapter) => chapter.start)).toEqual([0, 100, 430, 1050, 1320]);
    expect(threads.description).toContain(
      "1) IO blocking task\n2) CPU heavy\n3) Large volume of small tasks",
    );
    expect(byTitle("GitHub SSH key is Leaked - How bad is this?").links.map((link) => link.url)).toEqual([
      "https://github.blog/2023-03-23-we-updated-our-rsa-ssh-host-key/",
    ]);
  });

  it("keeps bullet lists after the chapters in the description", () => {
    const stages = byTitle("Six stages of a good software engineer");
    expect(stages.chapters).toHaveLength(7);
    expect(stages.description).toContain("- Understand a technology\nWe use technologies all the time");
  });

  it("reads 'Mentioned Videos' blocks as labelled links, deduplicated", () => {
    expect(byTitle("Cloudflare's 150ms global cache purge | Deep Dive").links).toEqual([
      { url: "https://blog.cloudflare.com/instant-purge/", kind: "reference", label: "Cloudflare blog" },
      {
        url: "https://www.youtube.com/watch?v=3JdQOExKtUY",
        kind: "youtube",
        label: "Percentile Tail Latency Explained (95%, 99%) Monitor Backend performance with this metric",
        youtubeId: "3JdQOExKtUY",
      },
      {
        url: "https://www.youtube.com/watch?v=xynXjChKkJc",
        kind: "youtube",
        label: "How Discord Stores Trillions of Messages | Deep Dive",
        youtubeId: "xynXjChKkJc",
      },
      {
        url: "https://os.husseinnasser.com",
        kind: "course",
        label: "Fundamentals of Operating Systems Course",
      },
      {
        url: "https://performance.husseinnasser.com",
        kind: "course",
        label: "Backend Troubleshooting Course",
      },
    ]);
  });

  it("keeps course promotions out of inline chapter titles", () => {
    const python = byTitle("They made Python faster with this compiler option");
    expect(python.chapters.at(-1)).toEqual({ start: 1400, title: "Showing Numbers", subpoints: [] });
    expect(python.links.at(-1)).toEqual({
      url: "https://performance.husseinnasser.com",
      kind: "course",
      label: "Backend Troubleshooting Course",
    });
    expect(byTitle("The Virgin Media ISP outage - What happened?").chapters.at(-1)).toEqual({
      start: 900,
      title: "Deep dive",
      subpoints: [],
    });
    expect(byTitle("The Cloudflare mTLS vulnerability - A Deep Dive Analysis").chapters.at(-1)?.title).toBe(
      "How they addressed the problem",
    );
    expect(
      byTitle("Prime Video Swaps Microservices for Monolith: 90% Cost Reduction").chapters.at(-1)?.title,
    ).toBe("Takeaways");
  });

  it("finds bare domains and keeps them as written", () => {
    const pinterest = byTitle("Pinterest moves to HTTP/3");
    expect(pinterest.links.map((link) => [link.url, link.kind, link.label])).toEqual([
      [
        "https://medium.com/pinterest-engineering/pinterest-is-now-on-http-3-608fb5581094",
        "reference",
        "article",
      ],
      [
        "https://backend.husseinnasser.com",
        "course",
        "Fundamentals of Backend Engineering Design patterns udemy course (link redirects to udemy with coupon)",
      ],
    ]);
    expect(pinterest.description).toContain("article medium.com/pinterest-engineering/");
  });

  it("drops a line that repeats the title and says so", () => {
    const index = byTitle("Why create Index blocks writes");
    expect(index.description.startsWith("Fundamentals of Database Engineering udemy course")).toBe(true);
    expect(index.description.split("\n").filter((line) => line === "Why create Index blocks writes")).toEqual(
      [],
    );
    expect(result.issues).toContainEqual(expect.objectContaining({ line: 309, code: "repeated-title" }));
  });

  it("keeps title-only episodes", () => {
    expect(byTitle("Database Background writing")).toMatchObject({
      description: "",
      chapters: [],
      links: [],
    });
  });
});
