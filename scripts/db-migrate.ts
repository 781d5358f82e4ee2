// `npm run db:migrate`: applies pending migrations to the configured database and exits.
import { describeDatabase } from "@/lib/config";
import { configuredTarget, openDatabase } from "@/lib/db/database";
import { pendingMigrations } from "@/lib/db/migrations";
import { openSqlDriver } from "@/lib/db/sql-driver";

const target = configuredTarget();
const probe = await openSqlDriver(target);
const pending = await pendingMigrations(probe);
await probe.close();

const database = await openDatabase(target);
await database.close();
console.log(
  pending.length === 0
    ? `${describeDatabase()}: no pending migrations.`
    : `${describeDatabase()}: applied ${pending.length} migration(s): ${pending.join(", ")}.`,
);
