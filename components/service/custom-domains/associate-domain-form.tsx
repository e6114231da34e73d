"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Link2 } from "lucide-react";
import { useId, useRef, useState, useTransition, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { serviceQueries } from "@/lib/query/service-queries";

import { associateCustomDomain } from "@/app/services/[name]/[id]/actions";

type Props = {
  arn: string;
  /** Why the service's status forbids associating a domain, if it does. */
  refusal: string | undefined;
};

/** Associates a domain (and optionally its www.) with the service; App Runner has the last word. */
export function AssociateDomainForm({ arn, refusal }: Props) {
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [domainName, setDomainName] = useState("");
  const [www, setWww] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const reasonId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending || refusal) return;
    startTransition(async () => {
      const result = await associateCustomDomain(arn, domainName, www);
      if (!result.ok) {
        setDone(undefined);
        setError(result.message);
        input.current?.focus();
        return;
      }
      setError(undefined);
      setDone(result.message);
      setDomainName("");
      setWww(false);
      await queryClient.invalidateQueries({ queryKey: serviceQueries.customDomains(arn).queryKey });
    });
  };

  const shownName = domainName.trim() || "your domain";
  return (
    <form onSubmit={submit} className="max-w-md space-y-3" aria-label="Associate a domain">
      <Field
        id="custom-domain-name"
        label="Domain name"
        hint="For example app.example.com. You create its DNS records at your DNS provider next."
        error={error}
      >
        {(control) => (
          <Input
            {...control}
            ref={input}
            value={domainName}
            onChange={(e) => setDomainName(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            disabled={Boolean(refusal)}
          />
        )}
      </Field>
      <Checkbox
        id="custom-domain-www"
        label="Also associate the www. subdomain"
        hint={<span className="[overflow-wrap:anywhere]">Serves www.{shownName} as well.</span>}
        checked={www}
        onChange={(e) => setWww(e.target.checked)}
        disabled={Boolean(refusal)}
      />
      <div className="flex flex-col items-start gap-1">
        <Button
          type="submit"
          disabled={Boolean(refusal) || pending}
          aria-describedby={refusal ? reasonId : undefined}
        >
          <Link2 aria-hidden className="size-4" />
          {pending ? "Associating…" : "Associate domain"}
        </Button>
        {refusal && (
          <span id={reasonId} className="text-xs text-zinc-700 dark:text-zinc-300">
            {refusal}
          </span>
        )}
      </div>
      <p role="status" className="text-sm [overflow-wrap:anywhere]">
        {done}
      </p>
    </form>
  );
}
