import { DEMO_ORGANIZATION_ID, DEMO_USERS, type SeedResult } from "@/lib/seed/demo-seed";

/**
 * Prints what the seed created. A generated demo password is printed here,
 * once, because nothing stores it in readable form.
 */
export function printSeedResult(result: SeedResult | { seeded: false; reason: string }): void {
  if (!result.seeded) {
    if (result.reason === "database_not_empty") {
      console.log("Demo data not seeded: the database already holds organizations or users.");
    }
    return;
  }
  const accounts = DEMO_USERS.map((user) => `    ${user.email} (${user.role})`).join("\n");
  const password = result.passwordWasGenerated
    ? `${result.password}\n    (generated; shown only now. Set SEED_ADMIN_PASSWORD before the first start to choose it.)`
    : "the value of SEED_ADMIN_PASSWORD";
  console.log(
    [
      "",
      `Seeded the demo organization ${DEMO_ORGANIZATION_ID} (Acme Research) and Globex.`,
      "  Demo accounts:",
      accounts,
      `  Password of every demo account: ${password}`,
      "",
    ].join("\n"),
  );
}
