import { describe, expect, it } from "vitest";
import { catalogName, FALLBACK_SITE_NAME, siteName } from "@/lib/site/site-name";

describe("siteName", () => {
  it("is the show's name, or the fallback without a show", () => {
    expect(siteName({ name: "The Backend Engineering Show" })).toBe("The Backend Engineering Show");
    expect(siteName(null)).toBe("Episode catalog");
    expect(siteName(undefined)).toBe(FALLBACK_SITE_NAME);
  });
});

describe("catalogName", () => {
  it("names the one show as before the catalog had shows", () => {
    expect(catalogName([{ name: "The Backend Engineering Show" }])).toBe("The Backend Engineering Show");
  });

  it("names the catalog when it has several shows or none", () => {
    expect(catalogName([{ name: "The Backend Engineering Show" }, { name: "Network Stack Radio" }])).toBe(
      "Episode catalog",
    );
    expect(catalogName([])).toBe("Episode catalog");
  });
});
