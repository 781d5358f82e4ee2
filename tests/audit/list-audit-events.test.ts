import { afterAll, beforeAll, describe, expect, test } from "vitest";

import type { Caller } from "@/lib/access/caller";
import { decodeAuditCursor, encodeAuditCursor } from "@/lib/audit/audit-cursor";
import type { RawQuery } from "@/lib/audit/audit-events-query";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { AppError } from "@/lib/errors";
import {
  insertOrganizationEvents,
  insertSignInEvents,
  newestFirst,
  type GeneratedEvent,
} from "@/tests/audit/audit-event-fixtures";
import { createOrganizationWithUsers } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

const EVENT_COUNT = 120;

describe.each(testEngines())("listAuditEvents on %s", (engine) => {
  let database: TestDatabase;
  let organizationId: string;
  let admin: Caller;
  let member: Caller;
  let outsider: Caller;
  let events: GeneratedEvent[];
  let otherOrganizationEventIds: Set<string>;
  let signInEventIds: Set<string>;

  /** Follows next_cursor until the last page and returns every event id, in order. */
  async function listAllIds(caller: Caller, query: RawQuery = {}): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listAuditEvents(caller, organizationId, { ...query, ...(cursor ? { cursor } : {}) });
      ids.push(...page.events.map((event) => event.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 200);
    return { ids, pages };
  }

  function expectedIds(predicate: (event: GeneratedEvent) => boolean): string[] {
    return newestFirst(events.filter(predicate)).map((event) => event.id);
  }

  async function validationFields(caller: Caller, query: RawQuery): Promise<Record<string, string>> {
    const error = await listAuditEvents(caller, organizationId, query).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION_FAILED");
    return (error as AppError).fields ?? {};
  }

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const organization = await createOrganizationWithUsers(database, "Audited Org");
    const other = await createOrganizationWithUsers(database, "Other Org");
    organizationId = organization.organizationId;
    admin = organization.admin;
    member = organization.member;
    outsider = other.admin;

    events = await insertOrganizationEvents(database, organizationId, EVENT_COUNT);
    const otherEvents = await insertOrganizationEvents(database, other.organizationId, 10);
    otherOrganizationEventIds = new Set(otherEvents.map((event) => event.id));
    signInEventIds = new Set((await insertSignInEvents(database, 10)).map((event) => event.id));
  });
  afterAll(async () => {
    await database.drop();
  });

  describe("ordering and pagination", () => {
    test("first page is the 50 newest", async () => {
      const page = await listAuditEvents(admin, organizationId, {});
      expect(page.events.map((event) => event.id)).toEqual(expectedIds(() => true).slice(0, 50));
      expect(page.nextCursor).not.toBeNull();
    });

    test("ties on created_at are ordered by id", async () => {
      const page = await listAuditEvents(admin, organizationId, { limit: "6" });
      const [first, second, third] = page.events;
      expect(first.createdAt.getTime()).toBe(third.createdAt.getTime());
      expect(first.id > second.id).toBe(true);
      expect(second.id > third.id).toBe(true);
    });

    test.each([1, 7, 50, 100])("pages of %i cover every event once", async (limit) => {
      const { ids, pages } = await listAllIds(admin, { limit: String(limit) });
      expect(ids).toEqual(expectedIds(() => true));
      expect(new Set(ids).size).toBe(EVENT_COUNT);
      expect(pages).toBe(Math.ceil(EVENT_COUNT / limit));
    });

    test("last page has no next cursor", async () => {
      const first = await listAuditEvents(admin, organizationId, { limit: "100" });
      const last = await listAuditEvents(admin, organizationId, { limit: "100", cursor: first.nextCursor ?? "" });
      expect(last.events).toHaveLength(EVENT_COUNT - 100);
      expect(last.nextCursor).toBeNull();
    });

    test("exact page size ends without a cursor", async () => {
      const count = events.filter((event) => event.action === "member.invited").length;
      const page = await listAuditEvents(admin, organizationId, { action: "member.invited", limit: String(count) });
      expect(count).toBeGreaterThan(1);
      expect(page.events).toHaveLength(count);
      expect(page.nextCursor).toBeNull();
    });

    test("cursor is opaque base64url of the last row", async () => {
      const page = await listAuditEvents(admin, organizationId, { limit: "3" });
      const last = page.events[2];
      expect(page.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeAuditCursor(page.nextCursor ?? "")).toEqual({ createdAt: last.createdAt, id: last.id });
    });
  });

  describe("filters", () => {
    const ON_MARCH_2 = (event: GeneratedEvent) =>
      event.createdAt >= new Date("2025-03-02T00:00:00Z") && event.createdAt < new Date("2025-03-03T00:00:00Z");

    test.each<[string, RawQuery, (event: GeneratedEvent) => boolean]>([
      ["one action", { action: "integration.activated" }, (event) => event.action === "integration.activated"],
      ["an action category", { action: "integration.*" }, (event) => event.action.startsWith("integration.")],
      ["a member category", { action: "member.*" }, (event) => event.action.startsWith("member.")],
      ["actor in another case", { actor: "admin@test.example" }, (event) => event.actorLabel === "Admin@Test.Example"],
      ["actor with an underscore", { actor: "A_B@TEST.EXAMPLE" }, (event) => event.actorLabel === "a_b@test.example"],
      ["actor with spaces around", { actor: "  axb@test.example " }, (event) => event.actorLabel === "axb@test.example"],
      ["actor as a LIKE pattern", { actor: "a%b@test.example" }, () => false],
      ["API token actor", { actor: "API token sb_ab12cd3…" }, (event) => event.actorLabel.startsWith("API token")],
      ["failures", { outcome: "failure" }, (event) => event.outcome === "failure"],
      ["successes", { outcome: "success" }, (event) => event.outcome === "success"],
      ["from a date", { from: "2025-03-04" }, (event) => event.createdAt >= new Date("2025-03-04T00:00:00Z")],
      ["to a date, inclusive", { to: "2025-03-01" }, (event) => event.createdAt < new Date("2025-03-02T00:00:00Z")],
      ["one whole day", { from: "2025-03-02", to: "2025-03-02" }, ON_MARCH_2],
      [
        "instants, both inclusive",
        { from: "2025-03-01T03:00:00Z", to: "2025-03-01T09:00:00.000Z" },
        (event) =>
          event.createdAt >= new Date("2025-03-01T03:00:00Z") && event.createdAt <= new Date("2025-03-01T09:00:00Z"),
      ],
      [
        "an instant with an offset",
        { from: "2025-03-02T01:00:00+01:00" },
        (event) => event.createdAt >= new Date("2025-03-02T00:00:00Z"),
      ],
      [
        "all filters together",
        { action: "integration.*", actor: "admin@test.example", outcome: "success", from: "2025-03-02", to: "2025-03-04" },
        (event) =>
          event.action.startsWith("integration.") &&
          event.actorLabel === "Admin@Test.Example" &&
          event.outcome === "success" &&
          event.createdAt >= new Date("2025-03-02T00:00:00Z") &&
          event.createdAt < new Date("2025-03-05T00:00:00Z"),
      ],
      ["empty values as absent", { action: "", actor: "", outcome: "failure", from: "", to: "" }, (event) => event.outcome === "failure"],
    ])("%s", async (_label, query, predicate) => {
      const expected = expectedIds(predicate);
      const { ids } = await listAllIds(admin, { ...query, limit: "7" });
      expect(ids).toEqual(expected);
    });

    test("filters keep cursor pages consistent", async () => {
      const query = { outcome: "success", limit: "4" };
      const { ids } = await listAllIds(admin, query);
      expect(ids).toEqual(expectedIds((event) => event.outcome === "success"));
    });
  });

  describe("validation", () => {
    const wellFormedCursorOfNothing = Buffer.from("not a cursor at all").toString("base64url");

    test.each<[string, RawQuery, string]>([
      ["garbage cursor", { cursor: "%%%not-base64%%%" }, "cursor"],
      ["base64url that is no cursor", { cursor: wellFormedCursorOfNothing }, "cursor"],
      ["cursor with a bad id", { cursor: Buffer.from("2025-03-01T00:00:00.000Z~42").toString("base64url") }, "cursor"],
      ["cursor with trailing text", { cursor: `${encodeAuditCursor({ createdAt: new Date(), id: crypto.randomUUID() })}!` }, "cursor"],
      ["limit zero", { limit: "0" }, "limit"],
      ["limit over 100", { limit: "101" }, "limit"],
      ["limit not a number", { limit: "ten" }, "limit"],
      ["limit with a fraction", { limit: "1.5" }, "limit"],
      ["unknown action", { action: "integration.exploded" }, "action"],
      ["category without wildcard", { action: "integration." }, "action"],
      ["unknown category", { action: "billing.*" }, "action"],
      ["unknown outcome", { outcome: "maybe" }, "outcome"],
      ["from not a time", { from: "yesterday" }, "from"],
      ["to a date that does not exist", { to: "2025-02-30" }, "to"],
      ["time without a zone", { from: "2025-03-01T09:00:00" }, "from"],
      ["from after to", { from: "2025-03-03", to: "2025-03-02" }, "to"],
      ["blank actor", { actor: "   " }, "actor"],
      ["actor too long", { actor: `${"a".repeat(250)}@b.example` }, "actor"],
      ["unknown parameter", { colour: "blue" }, "colour"],
      ["repeated parameter", { outcome: ["success", "failure"] }, "outcome"],
    ])("%s names the field", async (_label, query, field) => {
      const fields = await validationFields(admin, query);
      expect(Object.keys(fields)).toContain(field);
    });

    test("several invalid parameters are all named", async () => {
      const fields = await validationFields(admin, { limit: "0", outcome: "maybe", colour: "blue" });
      expect(Object.keys(fields).sort()).toEqual(["colour", "limit", "outcome"]);
    });

    test("reversed range is named beside other errors", async () => {
      const fields = await validationFields(admin, { cursor: "garbage", from: "2025-03-03", to: "2025-03-02" });
      expect(Object.keys(fields).sort()).toEqual(["cursor", "to"]);
    });

    test("invalid from skips the range check", async () => {
      const fields = await validationFields(admin, { from: "yesterday", to: "2025-03-02" });
      expect(Object.keys(fields)).toEqual(["from"]);
    });

    test("messages never repeat the submitted value", async () => {
      const secretLooking = "sk-proj-thisLooksLikeAKeyAndMustNotBeEchoed";
      const fields = await validationFields(admin, { action: secretLooking, actor: "x".repeat(300), from: secretLooking });
      expect(JSON.stringify(fields)).not.toContain(secretLooking);
      expect(JSON.stringify(fields)).not.toContain("x".repeat(300));
    });
  });

  describe("isolation", () => {
    test("member may read the audit log", async () => {
      const page = await listAuditEvents(member, organizationId, { limit: "1" });
      expect(page.events).toHaveLength(1);
    });

    test("admin of another organization gets NOT_FOUND", async () => {
      await expect(listAuditEvents(outsider, organizationId, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    test("outsider's invalid query still gets NOT_FOUND", async () => {
      await expect(listAuditEvents(outsider, organizationId, { cursor: "garbage" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    });

    test("token of another organization gets NOT_FOUND", async () => {
      const token: Caller = {
        kind: "token",
        tokenId: crypto.randomUUID(),
        prefix: "sb_other12",
        organizationId: "ORG_FFFFFFFFFFFFFFFF",
        role: "admin",
        ip: null,
        userAgent: null,
      };
      await expect(listAuditEvents(token, organizationId, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    test("missing organization gets NOT_FOUND", async () => {
      await expect(listAuditEvents(admin, "ORG_0000000000000000", {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    test("other organizations and sign-ins never appear", async () => {
      const { ids } = await listAllIds(admin, { limit: "100" });
      expect(ids).toHaveLength(EVENT_COUNT);
      expect(ids.filter((id) => otherOrganizationEventIds.has(id))).toEqual([]);
      expect(ids.filter((id) => signInEventIds.has(id))).toEqual([]);
    });

    test("filtering by sign-in actions finds nothing", async () => {
      const { ids } = await listAllIds(admin, { action: "sign_in.*" });
      expect(ids).toEqual([]);
    });
  });
});
