import { ResourceNotFound } from "@/components/resources/resource-not-found";

export default function NotFound() {
  return <ResourceNotFound kind="vpc-ingress" />;
}
