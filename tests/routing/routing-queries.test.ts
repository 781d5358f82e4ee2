import { afterAll, beforeAll, describe, expect, test } from "vitest";

import type { Caller } from "@/lib/access/caller";
import { useDatabase } from "@/lib/db/database";
import type { SqlDriver } from "@/lib/db/sql-driver";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { resolveModelForOrganization } from "@/lib/routing/resolve-model-for-organization";
import { routingTableForOrganization } from "@/lib/routing/routing-table-for-organization";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

import { createRoutingTestOrganization } from "./routing-test-organization";

describe.each(testEngines())("routing queries on %s", (engine) => {
  let database: TestDatabase;
  let loggingPrisma: PrismaClient;
  let organization: Awaited<ReturnType<typeof createRoutingTestOrganization>>;
  let tokenCaller: Caller;
  const statements: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    organization = await createRoutingTestOrganization(database);
    const token = await database.prisma.apiToken.findFirstOrThrow({
      where: { organizationId: organization.organizationId, role: "member" },
    });
    tokenCaller = {
      kind: "token",
      tokenId: token.id,
      prefix: token.prefix,
      organizationId: organization.organizationId,
      role: "member",
      ip: null,
      userAgent: null,
    };

    // A second client on the same connection that reports every SQL statement it
    // sends, and the plain SQL driver wrapped to report its statements too.
    const client = new PrismaClient({
      adapter: database.sql.prismaAdapter(),
      log: [{ emit: "event", level: "query" }],
    });
    client.$on("query", (event) => statements.push(event.query));
    loggingPrisma = client;
    const recordingSql: SqlDriver = {
      ...database.sql,
      query: (sql, params) => {
        statements.push(sql);
        return database.sql.query(sql, params);
      },
    };
    useDatabase({ ...database, prisma: loggingPrisma, sql: recordingSql });
  });
  afterAll(async () => {
    await loggingPrisma.$disconnect();
    await database.drop();
  });

  async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
    statements.length = 0;
    await work();
    return [...statements];
  }

  test("resolve sends two statements", async () => {
    const sent = await statementsOf(() =>
      resolveModelForOrganization(tokenCaller, organization.organizationId, "claude-3-5-sonnet"),
    );

    expect(sent).toHaveLength(2);
    expect(sent[0]).toContain('"organizations"');
    expect(sent[1]).toContain("provider_integrations");
  });

  test("routing table sends two statements", async () => {
    const sent = await statementsOf(() => routingTableForOrganization(tokenCaller, organization.organizationId));

    expect(sent).toHaveLength(2);
  });

  test("integration query reads no key column", async () => {
    const sent = await statementsOf(() =>
      resolveModelForOrganization(tokenCaller, organization.organizationId, "gpt-4o"),
    );
    const integrationQuery = sent.find((statement) => statement.includes("provider_integrations"));

    expect(integrationQuery).toBeDefined();
    for (const column of ["key_ciphertext", "key_nonce", "key_id", "key_hint"]) {
      expect(integrationQuery).not.toContain(column);
    }
  });
});
