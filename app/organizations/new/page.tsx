import type { Metadata } from "next";
import Link from "next/link";

import { CreateOrganizationForm } from "@/components/organizations/create-organization-form";
import { requireSessionCaller } from "@/lib/access/session-caller";

export const metadata: Metadata = { title: "Create an organization" };

export default async function NewOrganizationPage() {
  const caller = await requireSessionCaller();

  return (
    <main className="mx-auto max-w-xl px-4 py-12">
      <Link href="/organizations" className="text-sm text-zinc-600 hover:underline dark:text-zinc-400">
        ← Your organizations
      </Link>
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">Create an organization</h1>
      <p className="mb-6 mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        You ({caller.email}) become its owner. It starts with the Aitronos integration switched on; add other providers
        with your own keys afterwards.
      </p>
      <CreateOrganizationForm />
    </main>
  );
}
