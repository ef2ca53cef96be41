import { describe, expect, it } from "vitest";
import { decodeEntities } from "@/lib/catalog/html-entities";

describe("decodeEntities", () => {
  it("decodes named and numeric entities", () => {
    expect(decodeEntities("Sam&#8217;s &#x2014; caf&eacute; &hellip; &unknown;")).toBe(
      "Sam’s — café … &unknown;",
    );
    expect(decodeEntities("Q&amp;A &lt;b&gt; &quot;x&quot; &apos;y&#39; &#X1F600;")).toBe(
      "Q&A <b> \"x\" 'y' 😀",
    );
  });

  it("decodes once: an escaped entity stays an entity", () => {
    expect(decodeEntities("&amp;lt;b&amp;gt;")).toBe("&lt;b&gt;");
  });

  it("drops numeric references to no character", () => {
    expect(decodeEntities("a&#0;b&#xD800;c&#x110000;d")).toBe("abcd");
  });

  it("leaves text without entities and stray ampersands alone", () => {
    expect(decodeEntities("rock & roll &c; AT&T")).toBe("rock & roll &c; AT&T");
  });
});
