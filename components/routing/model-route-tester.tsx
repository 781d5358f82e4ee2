"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";

import { resolveModelRoute } from "@/app/organizations/[organizationId]/routing/actions";
import { RouteResolutionView } from "@/components/routing/route-resolution-view";
import { ROUTING_REFETCH_INTERVAL_MS, modelRouteQueryKey } from "@/components/routing/routing-query-keys";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";

/** How long typing must pause before the id is resolved, in milliseconds. Enter resolves at once. */
const TYPING_PAUSE_MS = 300;

export type ModelRouteTesterProps = { organizationId: string; canWrite: boolean };

/**
 * Renders the "Try a model id" field, which resolves any id for the
 * organization as the routes API does and explains the rule that matched or
 * the named miss.
 */
export function ModelRouteTester({ organizationId, canWrite }: ModelRouteTesterProps) {
  const [input, setInput] = useState("");
  const [modelId, setModelId] = useState("");

  useEffect(() => {
    const timer = setTimeout(() => setModelId(input), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [input]);

  const resolutionQuery = useQuery({
    queryKey: modelRouteQueryKey(organizationId, modelId),
    queryFn: () => resolveModelRoute(organizationId, modelId),
    enabled: modelId !== "",
    placeholderData: keepPreviousData,
    refetchInterval: ROUTING_REFETCH_INTERVAL_MS,
    refetchOnWindowFocus: true,
  });

  function resolveNow(nextModelId: string) {
    setInput(nextModelId);
    setModelId(nextModelId);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setModelId(input);
  }

  const result = modelId === "" ? undefined : resolutionQuery.data;
  const fieldError = result && !result.ok && result.code === "VALIDATION_FAILED" ? result.fields?.model : undefined;

  return (
    <Card as="section" aria-labelledby="try-model-heading">
      <CardHeader
        headingLevel={2}
        titleId="try-model-heading"
        title="Try a model id"
        description="See which integration serves any model id and which matching rule decides it. Other services receive the same result from the routes API."
      />
      <CardContent className="space-y-4">
        <form onSubmit={handleSubmit} className="flex flex-wrap items-start gap-2">
          <TextField
            label="Model id"
            placeholder="claude-3-5-sonnet-20241022"
            value={input}
            onChange={(event) => setInput(event.target.value)}
            error={fieldError}
            fieldClassName="min-w-0 flex-1 basis-64"
            className="font-mono"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
          />
          {/* Never disabled while a request runs, because a form whose submit button is disabled ignores Enter. */}
          <Button type="submit" className="sm:mt-[1.625rem]">
            Resolve
          </Button>
        </form>

        <div aria-live="polite" aria-busy={resolutionQuery.isPlaceholderData || undefined} className="min-h-6">
          {modelId === "" ? (
            <p className="text-[13px] text-zinc-600 dark:text-zinc-400">
              Type an id such as claude-3-5-sonnet-20241022, gpt-4o-mini or freddy-1.
            </p>
          ) : resolutionQuery.isError ? (
            <p role="alert" className="text-[13px] text-red-700 dark:text-red-400">
              The id could not be resolved: {resolutionQuery.error.message}
            </p>
          ) : result === undefined || fieldError !== undefined ? null : result.ok ? (
            <div className={resolutionQuery.isPlaceholderData ? "opacity-60" : undefined}>
              <RouteResolutionView
                resolution={result.data}
                organizationId={organizationId}
                canWrite={canWrite}
                onTryModel={resolveNow}
              />
            </div>
          ) : (
            <p role="alert" className="text-[13px] text-red-700 dark:text-red-400">
              {result.message}
            </p>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
