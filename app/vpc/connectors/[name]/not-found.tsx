import { ResourceNotFound } from "@/components/resources/resource-not-found";

export default function NotFound() {
  return <ResourceNotFound what="VPC connector" listHref="/vpc" listLabel="All VPC resources" />;
}
