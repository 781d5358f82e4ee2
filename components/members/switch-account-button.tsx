"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";

/** Signs out and reloads the current page, so an invitation link can be opened as another user. */
export function SwitchAccountButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);

  async function switchAccount() {
    setPending(true);
    await signOut({ redirect: false });
    router.refresh();
    setPending(false);
  }

  return (
    <Button type="button" variant="secondary" loading={pending} onClick={switchAccount} className="w-full">
      Sign out
    </Button>
  );
}
