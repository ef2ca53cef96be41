// parseBody on episode bodies copied from the layout corpus (tests/fixtures/layouts/*.txt, the line
// numbers below). Expected chapters and URLs are the hand-checked truth files' (*.truth.json), and the
// NOTES.md judgment calls they follow; the rules behind them name no site, show or boilerplate sentence.
import { describe, expect, it } from "vitest";
import { NO_SHOW_RULES } from "@/lib/catalog/links";
import { segmentUrls } from "@/lib/catalog/urls";
import { parseBody, type SourceLine } from "@/lib/ingest/text/body";
import { seedShow } from "@/tests/fixtures/seed-show";

/** Corpus lines, copied verbatim: `podimo7` is podimo.txt line 7. */
// prettier-ignore
const LINE = {
  podimo7: "Page faults occurs when the process tries to access a memory that isn’t backed by a physical page kernel raises a fault which loads a page. It happens on first access, stack expansion, COW, swap and much more. However it comes with a cost. In this episode of the backend engineering show I dissect the need and the cost page faults in the kernel. * 0:00 Intro * 4:00 Virtual memory * Abstraction of physical memory * Memory sharing * Allow more processes to run , unused go to disk * Numa, kernel can place memory near the cpu * 12:00 VMA areas * Text/code * Data * BSS * Heap * Stack * 19:50 Kernel mode * 25:30 What is a Page fault? * 30:30 First access page fault * 33:00 Stack Expansion page fault * 34:30 CoW page fault * 38:00 Swap page fault * 39:39 File backed page fault * 40:29 Permission page fault * 45:30 Summary",
  anghami19: "Page tables provide the mapping between virtual memory and physical memory for each process. This means it needs to be as efficient and as fast as possible. I explore the inner workings of page tables in this episode.0:00 Intro2:00 Virtual Memory ⁃ ⁃ 8:00 MMU10:00 Page Tables ⁃ ⁃ ...  Show more",
  anghami49: "Postgres 18 has been released with many exciting features such as UUIDv7, Over explain module, composite index skip scans, and the most anticipated asynchronous IO with worker and io_uring mode which I uncover in this show. Hope you enjoy it0:00 Intro1:30 Synchronous vs Asynchron ... Show More",
  anghami11: "I wrote a new book that has been in the works for years. It is called Root Cause, and it is for those who enjoy the art of backend engineering.Early in my career, 20 years ago, I built backend and database applications without fully grasping their inner mechanics. Performance iss ...  Show more",
  anghami26: "In this episode o ...",
  anghami28: "  Show more",
  castbox103: "Iyad and Ahmed delve into the relationship between language and thought, discuss ideas about a potential Arabic-language podcast, and even pivot to modern discoveries about the Earth's mantle; in true Intergalactic Tarboush form.Episode Timetags:00:00 - Does language affect thought?03:30 - Arabic & translating vs. rewriting05:50 - The decline of the Arabic-language public sphere07:45 - An Arabic-language Kawaakibi Foundation podcast?08:20 - How Iyad's son navigates being quadrilingual11:30 - Is Hisham Matar an \"Arabic writer\"?16:00 - Strange blobs in the Earth's mantle20:30 - The Quran on the moon \"splitting\"",
  castbox104: "Iyad and Ahmed continue talking about why the long-term prospects and strategic situation of Egypt are so depressing, why Steven Seagal is such an asshole and ideological polical opposition in Saudi Arabia.Episode Timetags:00:00: Egypt's troubles04:20: 'Syriana,' the movie06:30: Alaska and global trade07:30: Why is Steven Seagal such an asshole?10:00: The privilege to insulate yourself from self-awareness15:40: A new study on Universal Basic Income: https://www.cbc.ca/news/canada/british-columbia/new-leaf-project-results-1.575271419:00: Saudi political parties and ideological opposition22:00: Mustafa Akyol's book, 'Islam without Extremes'",
  podimo9: "On October 19 2025 AWS experienced an outage that lasted over a day, 10 days later we finally got the root cause analysis and we know exactly what caused the DNS to fail0:00 Summary 5:30 How did Dynamo lost its DNS?13:41 EC2 Errors 16:16 Network Load Balancer ErrorsRCA here https://aws.amazon.com/message/101925/",
  anghami32: "On October 19 2025 AWS experienced an outage that lasted over a day, 10 days later we finally got the root cause analysis and we know exactly what caused the DNS to fail0:00 Summary 5:30 How did Dynamo lost its DNS?13:41 EC2 Errors 16:16 Network Load Balancer ErrorsRCA here https ...  Show more",
  podcast_app8: "Fundamentals of Operating Systems Course https://oscourse.winktls is brilliant.TLS encryption/decryption often happens in userland. While TCP lives in the kernel. With ktls, userland can hand the keys to the kernel and the kernel does crypto. When calling write, the kernel encrypts the packet and send it to the NIC.When calling read, the kernel decrypts the packet and handed it to the userspace. This mode still taxes the host’s CPU of course, so there is another mode where the kernel offloads the crypto to the NIC device! Host CPU becomes free. Incoming packets to the NIC are decrypted in device before they are DMAed to the kernel. outgoing packets are encrypted before they leave the NIC to the network.ktls still need handshake to happen in userspace. There is also enabling zerocopy in some cases (now that kernel has context) Deserves a video. So much good stuff.0:00 Intro2:00 Userspace SSL Libraries 3:00 ktls 6:00 Kernel Encrypts/Decrypts (TLS_SW)8:20 NIC offload mode (TLS_HW)10:15 NIC does it all (TLS_HW_RECORD)12:00 Write TX Example13:50 Read RX Example17:00 Zero copy (sendfile)https://docs.kernel.org/networking/tls-offload.html",
  pod_casts_io32: "ZeroMQ is an Open Source Messaging Library designed for a high-performance asynchronous messaging library. In this video I discuss this tech and build a simple queue with this tech 0:00 Intro 1:48 What is ZeroMQ? 4:48 Messaging Patterns 6:42 Socket Types 8:55 Simple Queue 11:00 Code 23:20 ZeroMQ Pros & Cons 29:30 Summary Source Code https://github.com/hnasr/javascript_playground/tree/master/zeromq-simplequeue Resources https://github.com/booksbyus/zguide/tree/master/examples/Node...",
  player_fm19: "In this episode of the backend engineering show I discuss the evolution of multi-threading apps, their pros and cons and then I go through 5 threading model and how they interleave with backend connection management between the threads and requests handlings. Enjoy To learn more about networking fundamentals check out my udemy course Fundamentals of Networking for Effective Backends Head to for a discount coupon 0:00 Intro 2:00 Single Threading 6:30 Multi-Threading 14:15 Connection Listener 20:15 How Connections are Established 29:00 Single Listener/Worker thread 33:30 Single Listener, Multiple Worker threads 39:00 Single Listener, Multiple Workers with load balancing 42:10 Multiple Listeners on the same port (SO_REUSEPORT) 45:20 Multiple Single Threaded Backend Buy me a coffee",
  metacast22: "In this podcast I discuss 7 Tips To Optimize Your Backend API (Without Caching) 1) The serialization representation (XML/JSON, pbf) 0:40 2) Preheating connections 3) H1 vs H2 4)TCP meltdown (big distance) 5) Proxies 6) large payload (select * ) 7) Client side processing (transfomring the work)",
  anghami57: "This new PostgreSQL 17 feature is game changer. They know can comb",
  podcast_app71: "🧠 Researched with help from Google NotebookLM and RFC 793, the original TCP spec.",
  radioandpodcast22: "Page faults occurs when the process tries to access a memory that isn’t backed by a physical page kernel raises a fault which loads a page. It happens on first access, stack expansion, COW, swap and much more. However it comes with a cost. In this episode of the backend engineering show I dissect the need and the cost page faults in the kernel. 0:00 Intro 4:00 Virtual memory Abstraction of physical memory Memory sharing Allow more processes to run , unused go to disk Numa, kernel can place memory near the cpu 12:00 VMA areas Text/code Data BSS Heap Stack 19:50 Kernel mode 25:30 What is a Page fault? 30:30 First access page fault 33:00 Stack Expansion page fault 34:30 CoW page fault 38:00 Swap page fault 39:39 File backed page fault 40:29 Permission page fault 45:30 Summary",
  radioandpodcast9: "Published Jun 13, 2025, 00:22:55 long, audio available.",
};

const body = (...lines: [number, string][]) =>
  parseBody(
    lines.map(([number, text]): SourceLine => ({ number, text })),
    "layout.txt",
    null,
    NO_SHOW_RULES,
  );
const times = (result: ReturnType<typeof parseBody>) =>
  result.chapters.map((chapter) => [chapter.start, chapter.title]);
const urls = (result: ReturnType<typeof parseBody>) => result.links.map((link) => link.url);

// apple_podcasts.txt 56-85 and castbox.txt 10-40 (blank lines dropped, as the segmenter does).
const ASYNC_IO_LINES: [number, string][] = [
  [
    56,
    "Postgres 18 has been released with many exciting features such as UUIDv7, Over explain module, composite index skip scans, and the most anticipated asynchronous IO with worker and io_uring mode which I uncover in this show. Hope you enjoy it",
  ],
  [59, "0:00 Intro"],
  [61, "1:30 Synchronous vs Asynchronous calls"],
  [63, "3:00 Synchronous IO"],
  [65, "6:30 Asynchronous IO"],
  [67, "10:00 Postgres 17 synchronous io"],
  [69, "17:20 The challenge of Async IO in Postgres 18"],
  [71, "20:00 io_method worker23:00"],
  [73, "io_method io_uring"],
  [75, "29:30 io_method sync"],
  [77, "31:08 Async IO isn’t done! 3"],
  [79, "1:30 Support for backend writers"],
  [81, "32:36 Improve worker io_method"],
  [83, "33:00 direct io support"],
  [85, "37:00 Summary"],
];
const ASYNC_IO_CHAPTERS = [
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
];
const KTLS_CHAPTERS = [
  [0, "Intro"],
  [120, "Userspace SSL Libraries"],
  [180, "ktls"],
  [360, "Kernel Encrypts/Decrypts (TLS_SW)"],
  [500, "NIC offload mode (TLS_HW)"],
  [615, "NIC does it all (TLS_HW_RECORD)"],
  [720, "Write TX Example"],
  [830, "Read RX Example"],
  [1020, "Zero copy (sendfile)"],
];
const PAGE_FAULT_TAIL = [
  [1190, "Kernel mode"],
  [1530, "What is a Page fault?"],
  [1830, "First access page fault"],
  [1980, "Stack Expansion page fault"],
  [2070, "CoW page fault"],
  [2280, "Swap page fault"],
  [2379, "File backed page fault"],
  [2429, "Permission page fault"],
  [2730, "Summary"],
];

describe("list items delimited by bullets", () => {
  it("reads ' * ' bullets as items: timed ones are chapters, untimed ones their sub-points (podimo 7)", () => {
    const result = body([7, LINE.podimo7]);
    expect(times(result)).toEqual([
      [0, "Intro"],
      [240, "Virtual memory"],
      [720, "VMA areas"],
      ...PAGE_FAULT_TAIL,
    ]);
    expect(result.chapters[1]!.subpoints).toEqual([
      "Abstraction of physical memory",
      "Memory sharing",
      "Allow more processes to run, unused go to disk",
      "Numa, kernel can place memory near the cpu",
    ]);
    expect(result.chapters[2]!.subpoints).toEqual(["Text/code", "Data", "BSS", "Heap", "Stack"]);
    expect(result.description).toMatch(/^Page faults occurs when .* the cost page faults in the kernel\.$/);
  });

  it("reads '•' bullets the same way", () => {
    const result = body([
      7,
      "In this episode: • 0:00 Intro • 4:00 Virtual memory • Memory sharing • 12:00 VMA areas",
    ]);
    expect(times(result)).toEqual([
      [0, "Intro"],
      [240, "Virtual memory"],
      [720, "VMA areas"],
    ]);
    expect(result.chapters[1]!.subpoints).toEqual(["Memory sharing"]);
    expect(result.description).toBe("In this episode:");
  });

  it("drops '⁃ ⁃' indent bullets and the '... Show more' tail (anghami 19)", () => {
    const result = body([19, LINE.anghami19]);
    expect(times(result)).toEqual([
      [0, "Intro"],
      [120, "Virtual Memory"],
      [480, "MMU"],
      [600, "Page Tables"],
    ]);
    expect(result.chapters.every((chapter) => chapter.subpoints.length === 0)).toBe(true);
    expect(result.description).toMatch(/^Page tables provide the mapping .* in this episode\.$/);
  });
});

describe("truncation marks", () => {
  it("ends a chapter title at '... Show More' (anghami 49)", () => {
    const result = body([49, LINE.anghami49]);
    expect(times(result)).toEqual([
      [0, "Intro"],
      [90, "Synchronous vs Asynchron"],
    ]);
    expect(result.description).toMatch(/^Postgres 18 has been released .* Hope you enjoy it$/);
  });

  it("keeps a cut description as written, minus the mark and its label (anghami 11, 26 and 28)", () => {
    expect(body([11, LINE.anghami11]).description).toMatch(
      /^I wrote a new book .* without fully grasping their inner mechanics\. Performance iss$/,
    );
    const cut = body([26, LINE.anghami26], [28, LINE.anghami28]);
    expect(cut.description).toBe("In this episode o");
    expect(cut.chapters).toEqual([]);
  });

  it("takes '...more' alone on a line as a mark, not text", () => {
    expect(body([9, "Deserves a video."], [10, "...more"]).description).toBe("Deserves a video.");
  });

  it("keeps a trailing ellipsis followed by a sentence", () => {
    expect(body([3, "We wait... and then the kernel wakes the thread up again."]).description).toBe(
      "We wait... and then the kernel wakes the thread up again.",
    );
  });
});

describe("chapter lists after a heading", () => {
  it("reads 'Episode Timetags:00:00 - …' with ' - ' separators (castbox 103)", () => {
    const result = body([103, LINE.castbox103]);
    expect(times(result)).toEqual([
      [0, "Does language affect thought?"],
      [210, "Arabic & translating vs. rewriting"],
      [350, "The decline of the Arabic-language public sphere"],
      [465, "An Arabic-language Kawaakibi Foundation podcast?"],
      [500, "How Iyad's son navigates being quadrilingual"],
      [690, 'Is Hisham Matar an "Arabic writer"?'],
      [960, "Strange blobs in the Earth's mantle"],
      [1230, 'The Quran on the moon "splitting"'],
    ]);
    expect(result.description).toMatch(
      /^Iyad and Ahmed delve into .* in true Intergalactic Tarboush form\.$/,
    );
    expect(result.issues.map((issue) => issue.code)).toContain("chapter-heading");
  });

  it("reads ': ' separators, and splits a time glued to the end of a URL (castbox 104)", () => {
    const result = body([104, LINE.castbox104]);
    expect(times(result)).toEqual([
      [0, "Egypt's troubles"],
      [260, "'Syriana,' the movie"],
      [390, "Alaska and global trade"],
      [450, "Why is Steven Seagal such an asshole?"],
      [600, "The privilege to insulate yourself from self-awareness"],
      [940, "A new study on Universal Basic Income"],
      [1140, "Saudi political parties and ideological opposition"],
      [1320, "Mustafa Akyol's book, 'Islam without Extremes'"],
    ]);
    expect(urls(result)).toEqual([
      "https://www.cbc.ca/news/canada/british-columbia/new-leaf-project-results-1.5752714",
    ]);
  });

  it("leaves a URL ending in digits alone when no chapter list is in progress", () => {
    const result = body([5, "Results: https://example.org/news/results-1.575271419:00: too late"]);
    expect(urls(result)).toEqual(["https://example.org/news/results-1.575271419:00"]);
    expect(result.chapters).toEqual([]);
  });
});

describe("chapters split over lines", () => {
  it("takes the next line as the title of a time ending a line, and joins a broken time (apple_podcasts 56-85)", () => {
    const result = body(...ASYNC_IO_LINES);
    expect(times(result)).toEqual(ASYNC_IO_CHAPTERS);
    expect(result.description).toMatch(/^Postgres 18 has been released .* Hope you enjoy it$/);
  });

  it("does the same on castbox 10-40 (other line numbers, same text)", () => {
    const castboxNumbers = [10, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40];
    const result = body(
      ...ASYNC_IO_LINES.map(([, text], index): [number, string] => [castboxNumbers[index]!, text]),
    );
    expect(times(result)).toEqual(ASYNC_IO_CHAPTERS);
  });

  it("does not take a description for the title of a duration standing alone under the title", () => {
    const result = body([9, "22:55"], [17, "Short description of the episode."]);
    expect(result.chapters).toEqual([]);
    expect(result.description).toBe("22:55\nShort description of the episode.");
  });
});

describe("text glued after a chapter title", () => {
  const outage = [
    [0, "Summary"],
    [330, "How did Dynamo lost its DNS?"],
    [821, "EC2 Errors"],
    [976, "Network Load Balancer Errors"],
  ];

  it("ends a title where the next line's words are glued on, keeping the URL (podimo 9)", () => {
    const result = body([9, LINE.podimo9]);
    expect(times(result)).toEqual(outage);
    expect(urls(result)).toEqual(["https://aws.amazon.com/message/101925/"]);
  });

  it("takes no URL from a link cut before '://' (anghami 32)", () => {
    const result = body([32, LINE.anghami32]);
    expect(times(result)).toEqual(outage);
    expect(urls(result)).toEqual([]);
  });

  it("ends a title at a glued URL and cuts a host run into the next word (podcast_app 8)", () => {
    for (const rules of [NO_SHOW_RULES, seedShow]) {
      const result = parseBody([{ number: 8, text: LINE.podcast_app8 }], "layout.txt", null, rules);
      expect(times(result)).toEqual(KTLS_CHAPTERS);
      expect(urls(result)).toEqual([
        "https://oscourse.win",
        "https://docs.kernel.org/networking/tls-offload.html",
      ]);
      expect(result.description).toMatch(
        /^Fundamentals of Operating Systems Course https:\/\/oscourse\.win ktls is brilliant\./,
      );
    }
  });

  it("cuts a host glued to a word only where the whole label is no real TLD", () => {
    const hosts = (text: string) => segmentUrls(text).flatMap((s) => (s.kind === "url" ? [s.url] : []));
    expect(hosts("Course https://oscourse.winktls is brilliant.")).toEqual(["https://oscourse.win"]);
    expect(hosts("Forum https://rust.community is open.")).toEqual(["https://rust.community"]);
  });

  it("keeps link labels out of a title and site dots out of a URL (pod_casts_io 32)", () => {
    const result = body([32, LINE.pod_casts_io32]);
    expect(times(result)).toEqual([
      [0, "Intro"],
      [108, "What is ZeroMQ?"],
      [288, "Messaging Patterns"],
      [402, "Socket Types"],
      [535, "Simple Queue"],
      [660, "Code"],
      [1400, "ZeroMQ Pros & Cons"],
      [1770, "Summary"],
    ]);
    expect(urls(result)).toEqual([
      "https://github.com/hnasr/javascript_playground/tree/master/zeromq-simplequeue",
      "https://github.com/booksbyus/zguide/tree/master/examples/Node",
    ]);
    expect(result.links[0]!.label).toBe("Source Code");
  });

  it("keeps a support link's label out of the last title, show rules or not (player_fm 19)", () => {
    for (const rules of [NO_SHOW_RULES, seedShow]) {
      const result = parseBody([{ number: 19, text: LINE.player_fm19 }], "layout.txt", null, rules);
      expect(times(result)).toEqual([
        [0, "Intro"],
        [120, "Single Threading"],
        [390, "Multi-Threading"],
        [855, "Connection Listener"],
        [1215, "How Connections are Established"],
        [1740, "Single Listener/Worker thread"],
        [2010, "Single Listener, Multiple Worker threads"],
        [2340, "Single Listener, Multiple Workers with load balancing"],
        [2530, "Multiple Listeners on the same port (SO_REUSEPORT)"],
        [2720, "Multiple Single Threaded Backend"],
      ]);
      expect(result.description).toMatch(/\nBuy me a coffee$/);
    }
  });
});

describe("numbers that are not chapters", () => {
  it("finds none in version numbers, RFC numbers or a numbered list with one stray time", () => {
    expect(body([57, LINE.anghami57]).chapters).toEqual([]);
    expect(body([71, LINE.podcast_app71]).chapters).toEqual([]);
    expect(body([22, LINE.metacast22]).chapters).toEqual([]);
  });

  it("reads no chapter from a publish date with a duration (radioandpodcast 9) or a clock time", () => {
    expect(body([9, LINE.radioandpodcast9]).chapters).toEqual([]);
    expect(body([24, "July 06, 2020 22:55 - 6 minutes - 4.73 MB"]).chapters).toEqual([]);
    expect(body([4, "Kernel level TLS Dec 15th, 2025 3:10 PM"]).chapters).toEqual([]);
  });

  it("keeps chapters inside a stated duration and drops a time with no title", () => {
    const result = parseBody(
      [
        { number: 3, text: "0:00 Intro" },
        { number: 4, text: "5:00 Body" },
        { number: 5, text: "12:00 Past the end" },
      ],
      "layout.txt",
      null,
      NO_SHOW_RULES,
      { durationSeconds: 600 },
    );
    expect(times(result)).toEqual([
      [0, "Intro"],
      [300, "Body"],
    ]);
    expect(result.issues.map((issue) => issue.code)).toContain("chapter-after-end");
    expect(times(body([3, "0:00 Intro"], [4, "2:00"]))).toEqual([[0, "Intro"]]);
  });
});

describe("sub-points flattened into a chapter line", () => {
  it("runs a title to the next time when nothing delimits them (radioandpodcast 22)", () => {
    expect(times(body([22, LINE.radioandpodcast22]))).toEqual([
      [0, "Intro"],
      [
        240,
        "Virtual memory Abstraction of physical memory Memory sharing Allow more processes to run , unused go to disk Numa, kernel can place memory near the cpu",
      ],
      [720, "VMA areas Text/code Data BSS Heap Stack"],
      ...PAGE_FAULT_TAIL,
    ]);
  });
});

describe("a sentence labelling the link after the last chapter", () => {
  it("ends the chapter title at the sentence before the label", () => {
    const result = body([
      1,
      "Carburetors, plugs and the spring start-up ritual. 0:00 Intro 12:30 Fuel 41:05 Listener mailbag. Parts list: https://example.com/parts",
    ]);
    expect(times(result)).toEqual([
      [0, "Intro"],
      [750, "Fuel"],
      [2465, "Listener mailbag"],
    ]);
    expect(urls(result)).toEqual(["https://example.com/parts"]);
  });

  it("keeps a title that only ends in a colon before its link", () => {
    const result = body([1, "0:00 Intro 2:00 Sources: https://example.com/sources"]);
    expect(times(result)).toEqual([
      [0, "Intro"],
      [120, "Sources"],
    ]);
  });
});

describe("a chapter list the page cut inside a time", () => {
  it("drops the broken time from the last title", () => {
    const result = body([1, "0:00 Intro 4:30 Los garbanzos 12:10 Los garbanzos de Manoli 21:4..."]);
    expect(times(result)).toEqual([
      [0, "Intro"],
      [270, "Los garbanzos"],
      [730, "Los garbanzos de Manoli"],
    ]);
  });
});
