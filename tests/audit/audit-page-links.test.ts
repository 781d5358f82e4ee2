import { describe, expect, test } from "vitest";

import { auditPageHref, canonicalAuditPageHref, singleValue } from "@/lib/audit/audit-page-links";
import { queryRecordFromSearchParams, withoutEmptyValues } from "@/lib/audit/audit-events-query";

const PATH = "/organizations/ORG_A1B2C3D4E5F6G7H8/audit";

describe("audit page links", () => {
  test("empty form fields redirect to the compact URL", () => {
    const raw = { action: "", actor: "", outcome: "failure", from: "", to: "" };
    expect(canonicalAuditPageHref(PATH, raw)).toBe(`${PATH}?outcome=failure`);
  });

  test("compact URL needs no redirect", () => {
    expect(canonicalAuditPageHref(PATH, { outcome: "failure", cursor: "abc" })).toBeNull();
    expect(canonicalAuditPageHref(PATH, {})).toBeNull();
  });

  test("repeated parameters stay repeated for validation", () => {
    expect(canonicalAuditPageHref(PATH, { outcome: ["success", "", "failure"] })).toBe(
      `${PATH}?outcome=success&outcome=failure`,
    );
  });

  test("links keep filters in a fixed order and encode values", () => {
    const href = auditPageHref(PATH, { cursor: "c1", outcome: "success", actor: "API token sb_ab12cd3…", action: "integration.*" });
    expect(href).toBe(`${PATH}?action=integration.*&actor=API+token+sb_ab12cd3%E2%80%A6&outcome=success&cursor=c1`);
  });

  test("no parameters give the bare path", () => {
    expect(auditPageHref(PATH, { cursor: undefined, actor: "" })).toBe(PATH);
  });

  test("single values only fill form fields", () => {
    expect(singleValue({ actor: "a@b.example" }, "actor")).toBe("a@b.example");
    expect(singleValue({ actor: ["a", "b"] }, "actor")).toBe("");
    expect(singleValue({}, "actor")).toBe("");
  });

  test("search params keep repeats as arrays", () => {
    const record = queryRecordFromSearchParams(new URLSearchParams("outcome=success&outcome=failure&actor=x&limit="));
    expect(record).toEqual({ outcome: ["success", "failure"], actor: "x", limit: "" });
    expect(withoutEmptyValues(record)).toEqual({ outcome: ["success", "failure"], actor: "x" });
  });
});
