import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

/**
 * Renders the page for unknown addresses. Organizations and integrations the
 * caller may not see get the same page, so ids cannot be probed.
 */
export default async function NotFound() {
  // Rendered per request rather than once at build time: the content security
  // policy's nonce is new on every request, and a page built ahead of time
  // would carry scripts without it, which the browser then refuses to run.
  await connection();

  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-[0.2em] text-indigo-600 dark:text-indigo-400">Switchboard</p>
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        There is nothing at this address, or it belongs to an organization you are not a member of.
      </p>
      <div className="mt-6">
        <Link href="/organizations" className={buttonClasses("primary")}>
          Go to your organizations
        </Link>
      </div>
    </main>
  );
}
