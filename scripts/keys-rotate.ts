// `npm run keys:rotate`: re-encrypts every stored provider key under the first
// key of SWITCHBOARD_ENCRYPTION_KEYS. Safe to interrupt and to run again.
// Keep the old key in the list (after the new one) until this reports no
// undecryptable rows; then it can be removed.
import { describeDatabase } from "@/lib/config";
import { masterKeys } from "@/lib/crypto/master-keys";
import { rotateProviderKeys } from "@/lib/crypto/rotate-provider-keys";
import { configuredTarget, openDatabase } from "@/lib/db/database";

const ring = masterKeys();
const database = await openDatabase(configuredTarget());
try {
  console.log(`Rotating provider keys in ${describeDatabase()} to master key "${ring.current.id}"…`);
  const report = await rotateProviderKeys(database.prisma, ring);
  console.log(`Re-encrypted ${report.rotated} key(s) under "${ring.current.id}".`);
  if (report.skippedConcurrentChange > 0) {
    console.log(`${report.skippedConcurrentChange} row(s) changed during the run; run the command again to finish them.`);
  }
  if (report.undecryptable.length > 0) {
    console.log(
      `${report.undecryptable.length} key(s) could not be decrypted with any configured master key and were left as they were:`,
    );
    for (const row of report.undecryptable) {
      console.log(`  integration ${row.id} of ${row.organizationId} (master key id "${row.keyId ?? "none"}")`);
    }
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
