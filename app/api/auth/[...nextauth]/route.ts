import NextAuth from "next-auth";

import { authOptions } from "@/lib/auth/auth-options";

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

// The handler is built per request so that `next build` can load this module
// without reading secrets; authOptions() itself is cached.
async function handle(request: Request, context: NextAuthContext): Promise<Response> {
  const handler = NextAuth(authOptions());
  return handler(request, context);
}

export { handle as GET, handle as POST };
