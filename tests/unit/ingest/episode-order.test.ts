// The list order the import replicates (lib/db/shapes.ts episodeOrder) and each episode's neighbours in
// its show; expected orders worked out by hand from the dates and catalog positions.
import { describe, expect, it } from "vitest";
import { listOrder, showNeighbours } from "@/lib/ingest/episode-order";

const episodes = [
  { show: "a", publishedAt: "2024-01-10" },
  { show: "b", publishedAt: "2024-03-01" },
  { show: "a", publishedAt: null },
  { show: "a", publishedAt: "2024-05-01" },
  { show: "b", publishedAt: null },
  { show: "a", publishedAt: "2024-01-10" },
  { show: "a", publishedAt: null },
];

describe("listOrder", () => {
  it("puts the newest first, same days and undated episodes in catalog order, undated last", () => {
    expect(listOrder(episodes)).toEqual([3, 1, 0, 5, 2, 4, 6]);
  });
});

describe("showNeighbours", () => {
  it("links each episode to the ones before and after it in its own show's list only", () => {
    // Show a in list order: 3, 0, 5, 2, 6; show b: 1, 4.
    expect(showNeighbours(episodes)).toEqual([
      { newer: 3, older: 5 },
      { newer: null, older: 4 },
      { newer: 5, older: 6 },
      { newer: null, older: 0 },
      { newer: 1, older: null },
      { newer: 0, older: 2 },
      { newer: 2, older: null },
    ]);
  });

  it("gives an episode alone in its show no neighbours", () => {
    expect(showNeighbours([{ show: "solo", publishedAt: null }])).toEqual([{ newer: null, older: null }]);
    expect(showNeighbours([])).toEqual([]);
  });
});
