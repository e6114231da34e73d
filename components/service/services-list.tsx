"use client";

import { useQuery } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { STATUS_DISPLAY, statusLabel } from "@/components/ui/status-badge";
import { serviceQueries } from "@/lib/query/service-queries";

import { ServicesTable } from "./services-table";
import { StatusCounts } from "./status-counts";

export const SERVICE_STATUSES = [
  "RUNNING",
  "OPERATION_IN_PROGRESS",
  "PAUSED",
  "CREATE_FAILED",
  "DELETE_FAILED",
  "DELETED",
] as const satisfies (keyof typeof STATUS_DISPLAY)[];

/** Every service, kept current by polling (fast while any operation runs), filterable. */
export function ServicesList() {
  const list = useQuery(serviceQueries.list());
  const [name, setName] = useState("");
  const [status, setStatus] = useState("");

  if (list.isPending) return <p role="status">Loading services…</p>;
  if (list.isError && !list.data) {
    return (
      <p role="alert" className="text-red-700 dark:text-red-400">
        {list.error.message}
      </p>
    );
  }
  const services = list.data.services;
  const needle = name.trim().toLowerCase();
  const shown = services.filter(
    (s) =>
      (!needle || (s.ServiceName ?? "").toLowerCase().includes(needle)) &&
      (!status || s.Status === status),
  );

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Services</h1>
        <Link href="/services/new" className={buttonClasses("primary")}>
          <Plus aria-hidden="true" className="size-4" />
          Create service
        </Link>
      </div>
      {services.length === 0 ? (
        <div className="space-y-2 rounded-md border border-dashed border-zinc-400 p-6 text-center dark:border-zinc-600">
          <p className="font-medium">No services yet.</p>
          <p className="text-sm">
            Create one from a container image or a source repository; it will appear here and update
            live as it deploys.
          </p>
          <Link href="/services/new" className={buttonClasses("primary", "mt-2")}>
            Create service
          </Link>
        </div>
      ) : (
        <>
          <StatusCounts services={services} />
          <div className="flex flex-wrap gap-3">
            <div className="min-w-48 flex-1 space-y-1">
              <label htmlFor="filter-name" className="block text-sm font-medium">
                Filter by name
              </label>
              <Input
                id="filter-name"
                type="search"
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </div>
            <div className="min-w-48 space-y-1">
              <label htmlFor="filter-status" className="block text-sm font-medium">
                Status
              </label>
              <Select id="filter-status" value={status} onChange={(e) => setStatus(e.target.value)}>
                <option value="">All statuses</option>
                {SERVICE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {statusLabel(s)}
                  </option>
                ))}
              </Select>
            </div>
          </div>
          {list.isError && (
            <p role="alert" className="text-sm text-amber-800 dark:text-amber-300">
              Could not refresh the list: {list.error.message} Showing the last known state.
            </p>
          )}
          <p className="sr-only" role="status">
            {shown.length} of {services.length} services shown
          </p>
          {shown.length === 0 ? (
            <p>No services match these filters.</p>
          ) : (
            <ServicesTable services={shown} />
          )}
        </>
      )}
    </div>
  );
}
