import type { Metadata } from "next";

import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Sign in" };

type LoginPageProps = { searchParams: Promise<{ error?: string; callbackUrl?: string }> };

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const { error, callbackUrl } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center bg-zinc-50 px-4 dark:bg-zinc-950">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-sm font-semibold uppercase tracking-widest text-indigo-600 dark:text-indigo-400">Switchboard</p>
          <h1 className="mt-2 text-2xl font-semibold tracking-tight">Sign in to your console</h1>
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            Manage your organization&apos;s AI provider integrations.
          </p>
        </div>
        <LoginForm initialError={error ?? null} callbackUrl={safeCallbackUrl(callbackUrl)} />
      </div>
    </main>
  );
}

/**
 * The page to open after signing in. Only a path on this site is kept (a full
 * URL is reduced to its path), so a link cannot send the user elsewhere.
 */
function safeCallbackUrl(value: string | undefined): string {
  const fallback = "/organizations";
  if (!value) return fallback;
  let path: string;
  try {
    const url = new URL(value, "http://placeholder.invalid");
    path = url.pathname + url.search;
  } catch {
    return fallback;
  }
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : fallback;
}
