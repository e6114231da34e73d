"use client";

import { lazy, Suspense, type ComponentType } from "react";

/**
 * A component whose code loads the first time it renders, for what matters only after an
 * interaction (an inline-create panel, a dialog). React.lazy rather than next/dynamic: the latter
 * brings its own loader runtime (about 2.5 KB gzip) into the first load of every route using it.
 * Each gets a Suspense boundary of its own, so loading it never blanks the page or drops focus.
 */
export function onDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function OnDemand(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return OnDemand;
}
