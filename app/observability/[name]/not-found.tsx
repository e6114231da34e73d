import { ResourceNotFound } from "@/components/resources/resource-not-found";

export default function NotFound() {
  return (
    <ResourceNotFound
      what="Observability configuration"
      listHref="/observability"
      listLabel="All observability configurations"
    />
  );
}
