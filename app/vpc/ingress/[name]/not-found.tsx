import { ResourceNotFound } from "@/components/resources/resource-not-found";

export default function NotFound() {
  return (
    <ResourceNotFound what="VPC ingress connection" listHref="/vpc" listLabel="All VPC resources" />
  );
}
