// `npm run db:seed`: seeds the demo organizations into the configured database.
// Asking for it explicitly seeds a database that holds other data too, but
// never seeds twice.
import { describeDatabase } from "@/lib/config";
import { configuredTarget, openDatabase } from "@/lib/db/database";
import { seedDemoData } from "@/lib/seed/demo-seed";
import { printSeedResult } from "@/lib/seed/print-seed-result";

const database = await openDatabase(configuredTarget());
try {
  const result = await seedDemoData(database.prisma, {
    password: process.env.SEED_ADMIN_PASSWORD?.trim() || undefined,
    evenIfNotEmpty: true,
  });
  if (!result.seeded) console.log(`${describeDatabase()}: the demo data is already there; nothing to do.`);
  printSeedResult(result);
} finally {
  await database.close();
}
