import { type ComponentType, lazy, Suspense } from 'react';

/**
 * A component whose code loads the first time it renders (nothing shows meanwhile). Staff
 * forms and comment forms are declared this way by the screens that hold them, so a public
 * screen's first load carries neither them nor the zod schemas they validate with.
 */
export function loadOnRender<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  function OnRender(props: P) {
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return OnRender;
}
