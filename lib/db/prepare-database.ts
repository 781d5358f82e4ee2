import { isEmbeddedDatabase, isTruthy } from "@/lib/config";
import { configuredTarget, openDatabase } from "@/lib/db/database";
import { seedDemoData, type SeedResult } from "@/lib/seed/demo-seed";

/**
 * Brings the configured database up to date before the server starts: applies
 * migrations, then seeds the demo data on a first start of the embedded
 * database, or with DATABASE_URL when SEED_DEMO=true. The seed itself skips a
 * database that already holds data.
 */
export async function prepareDatabase(): Promise<SeedResult | { seeded: false; reason: "not_requested" }> {
  const database = await openDatabase(configuredTarget());
  try {
    const seedRequested = isEmbeddedDatabase() || isTruthy(process.env.SEED_DEMO);
    if (!seedRequested) return { seeded: false, reason: "not_requested" };
    return await seedDemoData(database.prisma, { password: process.env.SEED_ADMIN_PASSWORD?.trim() || undefined });
  } finally {
    await database.close();
  }
}
