import { ResourceLoading } from "@/components/resources/resource-loading";

export default function Loading() {
  return <ResourceLoading />;
}
