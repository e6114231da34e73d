"use client";

import { resourceErrorBoundary } from "@/components/resources/resource-error";

export default resourceErrorBoundary("observability");
