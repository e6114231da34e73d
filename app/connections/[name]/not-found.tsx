import { ResourceNotFound } from "@/components/resources/resource-not-found";

export default function NotFound() {
  return <ResourceNotFound what="Connection" listHref="/connections" listLabel="All connections" />;
}
