import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { requireSessionCaller } from "@/lib/access/session-caller";
import { listUserOrganizations } from "@/lib/organizations/list-user-organizations";

export const metadata: Metadata = { title: "Organizations" };

export default async function OrganizationsPage() {
  const caller = await requireSessionCaller();
  const organizations = await listUserOrganizations(caller.userId);
  if (organizations.length === 1) redirect(`/organizations/${organizations[0].id}/integrations`);

  return (
    <main className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-2xl font-semibold tracking-tight">Your organizations</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Signed in as {caller.email}.</p>
      {organizations.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-zinc-300 p-6 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          You are not a member of any organization yet. Ask an admin for an invitation, or create an organization.
        </p>
      ) : (
        <ul className="mt-8 divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {organizations.map((organization) => (
            <li key={organization.id}>
              <Link
                href={`/organizations/${organization.id}/integrations`}
                className="flex items-center justify-between px-4 py-3 hover:bg-zinc-50 dark:hover:bg-zinc-900"
              >
                <span>
                  <span className="font-medium">{organization.name}</span>
                  <span className="ml-2 font-mono text-xs text-zinc-500">{organization.id}</span>
                </span>
                <span className="text-sm capitalize text-zinc-600 dark:text-zinc-400">{organization.role}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Link
        href="/organizations/new"
        className="mt-6 inline-flex h-9 items-center rounded-md border border-zinc-300 bg-white px-3.5 text-sm font-medium shadow-sm hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800"
      >
        Create an organization
      </Link>
    </main>
  );
}
