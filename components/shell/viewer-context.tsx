"use client";

import { createContext, useContext, type ReactNode } from "react";

import { refusalFor, type Action, type Viewer } from "@/lib/auth/permissions";

/** Nobody signed in: sees what a viewer sees, and every change is disabled with the reason. */
const NOBODY: Viewer = { id: "", name: "", roles: [] };

const ViewerContext = createContext<Viewer>(NOBODY);

/**
 * The person the page is for, from the root layout, so that every button can say whether their
 * role allows it (refusalFor) without asking the server. The server checks again regardless.
 */
export function ViewerProvider({
  viewer,
  children,
}: {
  viewer: Viewer | undefined;
  children: ReactNode;
}) {
  return <ViewerContext.Provider value={viewer ?? NOBODY}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer {
  return useContext(ViewerContext);
}

/** Why the person's role can't do `action` ("Viewers can't pause services."), or undefined. */
export function useRoleRefusal(action: Action): string | undefined {
  return refusalFor(useViewer(), action);
}
