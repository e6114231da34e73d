import { ResourceNotFound } from "@/components/resources/resource-not-found";

export default function NotFound() {
  return (
    <ResourceNotFound
      what="Auto scaling configuration"
      listHref="/auto-scaling"
      listLabel="All auto scaling configurations"
    />
  );
}
