// renderDescription on real descriptions of the seed catalog (copied from data/catalog.db, with the links
// the import stored for them) and on small made-up ones. Expected values are read off the source text.
import { describe, expect, it } from "vitest";
import {
  displayUrl,
  renderDescription,
  type Block,
  type HostBlock,
  type Span,
  type StoredLink,
} from "@/lib/site/description";

/** Nothing stored: every URL is classified by the rules true of any show. */
const unknown = { links: [], promotions: [] };

/** The labels of the seed show's course links across the catalog (listCoursePromotions). */
const promotions = [
  "Backend Troubleshooting Course",
  "Discovering Backend Bottlenecks: Unlocking Peak Performance",
  "Fundamentals of Backend Engineering Design patterns udemy course (link redirects to udemy with coupon)",
  "Fundamentals of Database Engineering udemy course",
  "Fundamentals of Database Engineering udemy course (link redirects to udemy with coupon)",
  "Fundamentals of Operating Systems Course",
  "Fundamentals of database engineering",
  "Fundamentals of operating systems",
  "Get my backend course",
  "Get my database engineering course",
  "Grab my backend performance course",
  "Grab my database course",
];

const render = (description: string, links: StoredLink[]) =>
  renderDescription(description, { links, promotions });

/** A block as one line of text: links as [text](href), list items joined by " | ". */
function flat(block: HostBlock): string {
  const spans = (items: Span[]) =>
    items.map((span) => (span.type === "text" ? span.text : `[${span.text}](${span.href})`)).join("");
  if (block.type === "heading") return `# ${block.text}`;
  if (block.type === "paragraph") return spans(block.spans);
  return block.items.map(spans).join(" | ");
}

const hrefs = (blocks: readonly HostBlock[]) =>
  blocks.flatMap((block) =>
    (block.type === "paragraph" ? [block.spans] : block.type === "list" ? block.items : [])
      .flat()
      .flatMap((span) => (span.type === "link" ? [span.href] : [])),
  );

describe("promotions leave the episode's own text", () => {
  it("cuts a course promotion glued to the first sentence (kernel-level-tls)", () => {
    const { body, promos, shown } = render(
      "Fundamentals of Operating Systems Course https://oscourse.win ktls is brilliant. TLS encryption/decryption often happens in userland. While TCP lives in the kernel. So much good stuff.\nhttps://docs.kernel.org/networking/tls-offload.html",
      [
        { url: "https://oscourse.win", kind: "course", label: "Fundamentals of Operating Systems Course" },
        { url: "https://docs.kernel.org/networking/tls-offload.html", kind: "reference", label: null },
      ],
    );
    expect(body.map(flat)).toEqual([
      "ktls is brilliant. TLS encryption/decryption often happens in userland. While TCP lives in the kernel. So much good stuff.",
      "[docs.kernel.org/networking/tls-offload.html](https://docs.kernel.org/networking/tls-offload.html)",
    ]);
    expect(promos).toEqual([
      { type: "heading", role: "course", text: "Courses by the host" },
      {
        type: "paragraph",
        spans: [
          {
            type: "link",
            href: "https://oscourse.win",
            text: "Fundamentals of Operating Systems Course",
            kind: "course",
            role: "course",
            host: "oscourse.win",
          },
        ],
      },
    ]);
    expect(shown).toEqual(["oscourse.win", "docs.kernel.org/networking/tls-offload.html"]);
  });

  it("cuts a promotion glued to the last sentence (the-problem-with-software-engineering)", () => {
    const { body, promos } = render(
      "ego is the main problem to a defective software product. the ego of the engineer or the tech lead seeps into the quality of the product. Fundamentals of Backend Engineering Design patterns udemy course (link redirects to udemy with coupon) https://backend.husseinnasser.com",
      [
        {
          url: "https://backend.husseinnasser.com",
          kind: "course",
          label:
            "Fundamentals of Backend Engineering Design patterns udemy course (link redirects to udemy with coupon)",
        },
      ],
    );
    expect(body.map(flat)).toEqual([
      "ego is the main problem to a defective software product. the ego of the engineer or the tech lead seeps into the quality of the product.",
    ]);
    expect(promos.map(flat)).toEqual([
      "# Courses by the host",
      "[Fundamentals of Backend Engineering Design patterns udemy course (link redirects to udemy with coupon)](https://backend.husseinnasser.com)",
    ]);
  });

  it("keeps an article sharing a line with a promotion in the text (prime-video…)", () => {
    const { body, promos } = render(
      "Prime video engineering team has posted a blog detailing how they moved their live stream monitoring service from microservices to a monolith reducing their cost by 90%, let us discuss this\nhttps://www.primevideotech.com/video-streaming/scaling-up-the-prime-video-audio-video-monitoring-service-and-reducing-costs-by-90 Fundamentals of Backend Engineering Design patterns udemy course (link redirects to udemy with coupon) https://backend.husseinnasser.com",
      [
        {
          url: "https://www.primevideotech.com/video-streaming/scaling-up-the-prime-video-audio-video-monitoring-service-and-reducing-costs-by-90",
          kind: "reference",
          label: null,
        },
        { url: "https://backend.husseinnasser.com", kind: "course", label: null },
      ],
    );
    expect(hrefs(body)).toEqual([
      "https://www.primevideotech.com/video-streaming/scaling-up-the-prime-video-audio-video-monitoring-service-and-reducing-costs-by-90",
    ]);
    expect(hrefs(promos)).toEqual(["https://backend.husseinnasser.com"]);
    expect(flat(promos[1]!)).toBe(
      "[Fundamentals of Backend Engineering Design patterns udemy course (link redirects to udemy with coupon)](https://backend.husseinnasser.com)",
    );
  });

  it("splits a run of references from the promotion that ends it (google-patches…)", () => {
    const { body, promos } = render(
      "Get my backend course https://backend.win\nGoogle submitted a patch to Linux Kernel 6.8 to improve TCP performance by 40%, this is done via rearranging the tcp structures for better cpu cache lines, I explore this here.\nhttps://www.phoronix.com/news/Linux-6.8-Networking https://lore.kernel.org/netdev/20231129072756.3684495-1-lixiaoyan@google.com/ Discovering Backend Bottlenecks: Unlocking Peak Performance https://performance.husseinnasser.com",
      [
        { url: "https://backend.win", kind: "course", label: "Get my backend course" },
        { url: "https://www.phoronix.com/news/Linux-6.8-Networking", kind: "reference", label: null },
        {
          url: "https://lore.kernel.org/netdev/20231129072756.3684495-1-lixiaoyan@google.com/",
          kind: "reference",
          label: null,
        },
        {
          url: "https://performance.husseinnasser.com",
          kind: "course",
          label: "Discovering Backend Bottlenecks: Unlocking Peak Performance",
        },
      ],
    );
    expect(body).toHaveLength(2);
    expect(body[1]).toMatchObject({ type: "list", ordered: false });
    expect(hrefs(body)).toEqual([
      "https://www.phoronix.com/news/Linux-6.8-Networking",
      "https://lore.kernel.org/netdev/20231129072756.3684495-1-lixiaoyan@google.com/",
    ]);
    expect(promos.map(flat)).toEqual([
      "# Courses by the host",
      "[Get my backend course](https://backend.win)",
      "[Discovering Backend Bottlenecks: Unlocking Peak Performance](https://performance.husseinnasser.com)",
    ]);
  });

  it("takes the line that introduces the course links with them (postgres-is-combining-io…)", () => {
    const { body, promos } = render(
      "Learn more about database and OS internals, check out my courses\nFundamentals of database engineering https://databases.win\nFundamentals of operating systems https://oscourse.win\nThis new PostgreSQL 17 feature is game changer.\nIf table is 100 pages stored a file, to do a full table scan, we would be making 100 system calls, each system call had an overhead (I talk about all of that in my OS course).",
      [
        { url: "https://databases.win", kind: "course", label: "Fundamentals of database engineering" },
        { url: "https://oscourse.win", kind: "course", label: "Fundamentals of operating systems" },
      ],
    );
    expect(body.map(flat)).toEqual([
      "This new PostgreSQL 17 feature is game changer.",
      // A sentence that mentions a course without linking it is the episode's own.
      "If table is 100 pages stored a file, to do a full table scan, we would be making 100 system calls, each system call had an overhead (I talk about all of that in my OS course).",
    ]);
    expect(promos.map(flat)).toEqual([
      "# Courses by the host",
      "Learn more about database and OS internals, check out my courses",
      "[Fundamentals of database engineering](https://databases.win)",
      "[Fundamentals of operating systems](https://oscourse.win)",
    ]);
  });

  it("names a bare course URL by the line above it, and heads a URL alone by its kind", () => {
    // sequential-scans-in-postgres-just-got-faster, then how-apache-kafka-got-faster…
    const labelled = render(
      "This new PostgreSQL 17 feature is game changer. They know can combine IOs when performing sequential scan.\nGrab my database course\nhttps://courses.husseinnasser.com",
      [{ url: "https://courses.husseinnasser.com", kind: "course", label: "Grab my database course" }],
    );
    expect(labelled.body).toHaveLength(1);
    expect(labelled.promos.map(flat)).toEqual([
      "# Courses by the host",
      "[Grab my database course](https://courses.husseinnasser.com)",
    ]);
    const bare = render(
      "https://oscourse.win\nAllegro improved their Kafka produce tail latency by over 80% when they switched from ext4 to xfs.\nBlog\nhttps://blog.allegro.tech/2024/03/kafka-performance-analysis.html",
      [
        { url: "https://oscourse.win", kind: "course", label: null },
        {
          url: "https://blog.allegro.tech/2024/03/kafka-performance-analysis.html",
          kind: "reference",
          label: "Blog",
        },
      ],
    );
    expect(bare.promos.map(flat)).toEqual(["# Courses by the host", "[oscourse.win](https://oscourse.win)"]);
    // "Blog" names no article: the URL does, after the word.
    expect(bare.body.map(flat)).toEqual([
      "Allegro improved their Kafka produce tail latency by over 80% when they switched from ext4 to xfs.",
      // Clipped in the middle to 48 characters.
      "Blog: [blog.allegro.tech/2024/03/kaf…ance-analysis.html](https://blog.allegro.tech/2024/03/kafka-performance-analysis.html)",
    ]);
  });

  it("sets a line in the show's promotion wording apart, even where its link is missing", () => {
    const { body, promos } = render(
      "Fundamentals of Operating Systems Course\nThis video is an overview of how the operating system kernel does socket management and the different data structures it utilizes to achieve that.",
      [],
    );
    expect(promos.map(flat)).toEqual(["# Courses by the host", "Fundamentals of Operating Systems Course"]);
    expect(body).toHaveLength(1);
    expect(renderDescription("Fundamentals of Operating Systems Course\nText.", unknown).body).toHaveLength(
      2,
    );
  });
});

describe("shops and support are told apart", () => {
  it("files the book's Amazon links under books, split from the last sentence (my-new-book-root-cause…)", () => {
    const { body, promos } = render(
      "I wrote a new book that has been in the works for years. It is called Root Cause, and it is for those who enjoy the art of backend engineering. Root cause consists of 15 chapters, each is a story about a backend bug, with investigation, diagrams, a section of a fundamental concept until the root cause is revealed. Grab your copy here paperback or kindle ebook paperback https://amzn.to/4cKfZhe ebook https://amzn.to/4cfQjJj",
      [
        { url: "https://amzn.to/4cKfZhe", kind: "support", label: "paperback" },
        { url: "https://amzn.to/4cfQjJj", kind: "support", label: "ebook" },
      ],
    );
    expect(body.map(flat)).toEqual([
      "I wrote a new book that has been in the works for years. It is called Root Cause, and it is for those who enjoy the art of backend engineering. Root cause consists of 15 chapters, each is a story about a backend bug, with investigation, diagrams, a section of a fundamental concept until the root cause is revealed.",
    ]);
    expect(promos.map(flat)).toEqual([
      "# Books and merch",
      "Grab your copy here paperback or kindle ebook [paperback](https://amzn.to/4cKfZhe) [ebook](https://amzn.to/4cfQjJj)",
    ]);
    expect(promos.filter((block) => block.type === "heading").map((block) => flat(block))).not.toContain(
      "# Support the show",
    );
  });

  it("files a paywalled episode and a donation under support the show", () => {
    const { body, promos } = render(
      "WebTransport is a cutting-edge protocol framework designed to support multiplexed and secure transport over HTTP/2 and HTTP/3.\nWatch full episode (subscribers only) https://spotifyanchor-web.app.link/e/cTSGkq5XuAb\nBuy me a coffee https://www.buymeacoffee.com/hnasr",
      [
        {
          url: "https://spotifyanchor-web.app.link/e/cTSGkq5XuAb",
          kind: "reference",
          label: "Watch full episode (subscribers only)",
        },
      ],
    );
    expect(body.map(flat)).toEqual([
      "WebTransport is a cutting-edge protocol framework designed to support multiplexed and secure transport over HTTP/2 and HTTP/3.",
    ]);
    expect(promos.map(flat)).toEqual([
      "# Support the show",
      "[Watch full episode (subscribers only)](https://spotifyanchor-web.app.link/e/cTSGkq5XuAb)",
      "[Buy me a coffee](https://www.buymeacoffee.com/hnasr)",
    ]);
  });

  it("puts a stored promotion the text does not show in the box", () => {
    const { promos, shown } = render("Some text.", [
      { url: "https://amzn.to/4cKfZhe", kind: "support", label: "paperback" },
    ]);
    expect(promos.map(flat)).toEqual(["# Books and merch", "[paperback](https://amzn.to/4cKfZhe)"]);
    expect(shown).toEqual(["amzn.to/4cKfZhe"]);
  });
});

describe("every reference once, in a list, named by its words", () => {
  it("splits a run of URLs into a list under its heading (graceful-shutdown-in-http)", () => {
    const { body } = render(
      "In this episode of the backend engineering show I discuss graceful connections in both HTTP/1.1 via the connection header and HTTP/2 via the GOAWAY frame.\nLinks\nhttps://www.youtube.com/watch?v=fVKPrDrEwTI&t=1s https://chromium.googlesource.com/chromium/src/net/%2B/master/socket/client_socket_pool_manager.cc#76 https://issues.chromium.org/issues/40555364 https://issues.chromium.org/issues/40501721",
      [
        { url: "https://www.youtube.com/watch?v=fVKPrDrEwTI&t=1s", kind: "youtube", label: null },
        {
          url: "https://chromium.googlesource.com/chromium/src/net/%2B/master/socket/client_socket_pool_manager.cc#76",
          kind: "reference",
          label: null,
        },
        { url: "https://issues.chromium.org/issues/40555364", kind: "reference", label: null },
        { url: "https://issues.chromium.org/issues/40501721", kind: "reference", label: null },
      ],
    );
    expect(body.map((block) => block.type)).toEqual(["paragraph", "paragraph", "list"]);
    expect(flat(body[1]!)).toBe("Links");
    const list = body[2] as Extract<Block, { type: "list" }>;
    expect(list.ordered).toBe(false);
    expect(list.items.map((item) => item.map((span) => span.type === "link" && span.href))).toEqual([
      ["https://www.youtube.com/watch?v=fVKPrDrEwTI&t=1s"],
      [
        "https://chromium.googlesource.com/chromium/src/net/%2B/master/socket/client_socket_pool_manager.cc#76",
      ],
      ["https://issues.chromium.org/issues/40555364"],
      ["https://issues.chromium.org/issues/40501721"],
    ]);
    expect(list.items[0]![0]).toMatchObject({ kind: "youtube", role: "video" });
  });

  it("lists a link given twice once, names each by the line above it (cloudflares-150ms…)", () => {
    const { body, promos } = render(
      "In this video I explore Clouldflare CDN work.\nCloudflare blog\nhttps://blog.cloudflare.com/instant-purge/\nMentioned Videos\nCloudflare blog\nhttps://blog.cloudflare.com/instant-purge/\nPercentile Tail Latency Explained (95%, 99%) Monitor Backend performance with this metric\nhttps://www.youtube.com/watch?v=3JdQOExKtUY\nHow Discord Stores Trillions of Messages | Deep Dive\nhttps://www.youtube.com/watch?v=xynXjChKkJc\nFundamentals of Operating Systems Course\nhttps://os.husseinnasser.com\nBackend Troubleshooting Course\nhttps://performance.husseinnasser.com",
      [
        { url: "https://blog.cloudflare.com/instant-purge/", kind: "reference", label: "Cloudflare blog" },
        { url: "https://www.youtube.com/watch?v=3JdQOExKtUY", kind: "youtube", label: null },
        { url: "https://www.youtube.com/watch?v=xynXjChKkJc", kind: "youtube", label: null },
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
      ],
    );
    expect(body.map(flat)).toEqual([
      "In this video I explore Clouldflare CDN work.",
      "[Cloudflare blog](https://blog.cloudflare.com/instant-purge/)",
      "Mentioned Videos",
      "[Percentile Tail Latency Explained (95%, 99%) Monitor Backend performance with this metric](https://www.youtube.com/watch?v=3JdQOExKtUY) | [How Discord Stores Trillions of Messages | Deep Dive](https://www.youtube.com/watch?v=xynXjChKkJc)",
    ]);
    expect(body[1]).toEqual({
      type: "paragraph",
      spans: [
        {
          type: "link",
          href: "https://blog.cloudflare.com/instant-purge/",
          text: "Cloudflare blog",
          kind: "reference",
          role: "reference",
          host: "blog.cloudflare.com",
        },
      ],
    });
    expect(promos.map(flat)).toEqual([
      "# Courses by the host",
      "[Fundamentals of Operating Systems Course](https://os.husseinnasser.com)",
      "[Backend Troubleshooting Course](https://performance.husseinnasser.com)",
    ]);
  });

  it("drops a heading whose links were all shown before", () => {
    const { body } = render(
      "Cloudflare blog\nhttps://example.com/a\nResources\nhttps://example.com/a\nThe end.",
      [],
    );
    expect(body.map(flat)).toEqual(["[Cloudflare blog](https://example.com/a)", "The end."]);
    // A generic label keeps its words before the URL.
    expect(render("Read this\nhttps://example.com/a", []).body.map(flat)).toEqual([
      "Read this: [example.com/a](https://example.com/a)",
    ]);
  });

  it("labels a link by its context, not by the words pointing at it", () => {
    // how-discord-stores-trillions-of-messages-a-deep-dive
    const discord = render(
      "It is an interesting episode lets get into it\nArticle here How Discord Stores Trillions of Messages\nhttps://discord.com/blog/how-discord-stores-trillions-of-messages",
      [
        {
          url: "https://discord.com/blog/how-discord-stores-trillions-of-messages",
          kind: "reference",
          label: "Article here How Discord Stores Trillions of Messages",
        },
      ],
    );
    expect(discord.body.map(flat)).toEqual([
      "It is an interesting episode lets get into it",
      "[How Discord Stores Trillions of Messages](https://discord.com/blog/how-discord-stores-trillions-of-messages)",
    ]);
    expect(discord.body[1]).toMatchObject({ spans: [{ host: "discord.com" }] });
    // amazon-us-east-1-outage-in-details
    const rca = render(
      "On October 19 2025 AWS experienced an outage that lasted over a day, 10 days later we finally got the root cause analysis and we know exactly what caused the DNS to fail\nRCA here\nhttps://aws.amazon.com/message/101925/",
      [{ url: "https://aws.amazon.com/message/101925/", kind: "reference", label: "RCA here" }],
    );
    expect(rca.body.map(flat).at(-1)).toBe("[RCA](https://aws.amazon.com/message/101925/)");
  });

  it("names a link ending a paragraph by the phrase before it (the-danger-of-defaults…)", () => {
    const { body } = render(
      "I talk about default values and how PostgreSQL 14 got slower when a default parameter has changed. Mike's blog https://smalldatum.blogspot.com/2024/02/it-wasnt-performance-regression-in.html",
      [
        {
          url: "https://smalldatum.blogspot.com/2024/02/it-wasnt-performance-regression-in.html",
          kind: "reference",
          label: "Mike's blog",
        },
      ],
    );
    expect(body.map(flat)).toEqual([
      "I talk about default values and how PostgreSQL 14 got slower when a default parameter has changed. [Mike's blog](https://smalldatum.blogspot.com/2024/02/it-wasnt-performance-regression-in.html)",
    ]);
  });

  it("never takes a sentence for a label (they-enabled-postgres-partitioning…)", () => {
    const { body } = render(
      "We discuss this in this video/podcast\nwww.kylehailey.com/post/postgres-partition-pains-lockmanager-waits",
      [
        {
          url: "https://www.kylehailey.com/post/postgres-partition-pains-lockmanager-waits",
          kind: "reference",
          label: "We discuss this in this video/podcast",
        },
      ],
    );
    expect(body.map(flat)).toEqual([
      "We discuss this in this video/podcast",
      "[kylehailey.com/post/postgres-…-lockmanager-waits](https://www.kylehailey.com/post/postgres-partition-pains-lockmanager-waits)",
    ]);
  });

  it("keeps a URL inside a sentence where it is, and only as text once it was shown", () => {
    const { body } = renderDescription(
      "See https://example.com/a for the details.\nAgain: https://example.com/a is the page.",
      unknown,
    );
    expect(body.map(flat)).toEqual([
      "See [example.com/a](https://example.com/a) for the details.",
      "Again: example.com/a is the page.",
    ]);
  });
});

describe("text", () => {
  it("makes paragraphs, bullet and numbered lists that keep their numbers", () => {
    // when-do-you-use-threads: a numbered list, then each number again over its section.
    const { body } = renderDescription(
      "I would say in scenarios where the task is either\n1) IO blocking task\n2) CPU heavy\n3) Large volume of small tasks\nIn any of the cases above, it is favorable to offload the task to a thread.\n2) CPU heavy\nThe second use case is when the task requires lots of CPU time.\n- one\n- two",
      unknown,
    );
    expect(body).toEqual([
      {
        type: "paragraph",
        spans: [{ type: "text", text: "I would say in scenarios where the task is either" }],
      },
      {
        type: "list",
        ordered: true,
        items: [
          [{ type: "text", text: "IO blocking task" }],
          [{ type: "text", text: "CPU heavy" }],
          [{ type: "text", text: "Large volume of small tasks" }],
        ],
      },
      {
        type: "paragraph",
        spans: [
          {
            type: "text",
            text: "In any of the cases above, it is favorable to offload the task to a thread.",
          },
        ],
      },
      { type: "list", ordered: true, start: 2, items: [[{ type: "text", text: "CPU heavy" }]] },
      {
        type: "paragraph",
        spans: [{ type: "text", text: "The second use case is when the task requires lots of CPU time." }],
      },
      {
        type: "list",
        ordered: false,
        items: [[{ type: "text", text: "one" }], [{ type: "text", text: "two" }]],
      },
    ]);
  });

  it("drops lines that only decorate (github-ssh-key-is-leaked…)", () => {
    const { body } = renderDescription(
      "GitHub Accidentally Exposed their SSH RSA Private key, this is the message you will get .\n@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @\n@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@",
      unknown,
    );
    expect(body.map(flat)).toEqual([
      "GitHub Accidentally Exposed their SSH RSA Private key, this is the message you will get .",
      "@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @",
    ]);
  });

  it("takes a URL's kind from the stored links, and the rules of any show for one not stored", () => {
    const text = "Get my course https://backend.win\nSupport me https://www.patreon.com/x";
    const stored = renderDescription(text, {
      links: [{ url: "https://backend.win/", kind: "course" }],
      promotions: [],
    });
    expect(stored.body).toEqual([]);
    expect(stored.promos.map(flat)).toEqual([
      "# Courses by the host",
      "[Get my course](https://backend.win)",
      "# Support the show",
      "[Support me](https://www.patreon.com/x)",
    ]);
    // Not stored: backend.win is the host's own site, which only his rules know.
    const plain = renderDescription(text, unknown);
    expect(plain.body.map(flat)).toEqual(["[Get my course](https://backend.win)"]);
    expect(plain.promos.map(flat)).toEqual(["# Support the show", "[Support me](https://www.patreon.com/x)"]);
  });

  it("never turns non-http text into links (the hostile fixture)", () => {
    const { body } = renderDescription(
      'Click javascript:alert(1) or data:text/html,<script>alert(1)</script> for nothing.\nQuotes that try to leave an attribute: https://example.com/"><script>alert(1)</script> and https://example.org/?q= <img src=x onerror=alert(1)>',
      unknown,
    );
    expect(body.map(flat)).toEqual([
      "Click javascript:alert(1) or data:text/html,<script>alert(1)</script> for nothing.",
      'Quotes that try to leave an attribute: [example.com](https://example.com/)"><script>alert(1)</script> and [example.org/?q=](https://example.org/?q=) <img src=x onerror=alert(1)>',
    ]);
  });

  it("gives nothing for an empty description", () => {
    expect(renderDescription("", unknown)).toEqual({ body: [], promos: [], shown: [] });
  });
});

describe("displayUrl", () => {
  it("shortens URLs for display, without tracking parameters", () => {
    expect(displayUrl("https://www.example.com/")).toBe("example.com");
    expect(
      displayUrl(
        "https://blog.cloudflare.com/pingora-open-source/?utm_campaign=cf_blog&utm_content=20240228&utm_medium=organic_social&utm_source=twitter",
      ),
    ).toBe("blog.cloudflare.com/pingora-open-source");
    expect(
      displayUrl(
        "https://blog.cloudflare.com/pingora-open-source/?utm_campaign=cf_blog&utm_content=20240228",
        30,
      ),
    ).toBe("blog.cloudflare.co…open-source");
    expect(displayUrl("https://example.com/a?id=1&utm_source=x")).toBe("example.com/a?id=1");
    expect(displayUrl("https://example.com/a-very-long-path/that-goes-on-and-on/and-on", 40)).toBe(
      "example.com/a-very-long-…n-and-on/and-on",
    );
  });
});
