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

type ScreenModule<P> = { default: ComponentType<P> };

/** A screen whose code loads on first visit, with `load()` to fetch it before it renders. */
export type LazyScreen<P extends object = object> = ComponentType<P> & { load: () => Promise<unknown> };

const screenLoaders: (() => Promise<unknown>)[] = [];

/**
 * A screen's component, loaded on first visit like `React.lazy`; once its code has arrived it
 * renders at once (React sees a thenable already resolved), never through a Suspense fallback.
 * The server loads every screen before its first page (`loadAllScreens`) and the browser the
 * screen of the address before it hydrates the page, so neither shows a spinner in place of
 * content the server already wrote.
 */
export function lazyScreen<P extends object>(load: () => Promise<ScreenModule<P>>): LazyScreen<P> {
  let loaded: ScreenModule<P> | null = null;
  const fetchModule = async () => {
    loaded ??= await load();
    return loaded;
  };
  const Screen = lazy<ComponentType<P>>(() => {
    const ready = loaded;
    // A thenable whose `then` answers at once: React marks the component resolved without suspending.
    if (ready) {
      const resolved = {
        // biome-ignore lint/suspicious/noThenProperty: React's lazy resolves at once only from a thenable that answers synchronously
        then: (resolve: (module: ScreenModule<P>) => unknown) => resolve(ready),
      };
      return resolved as Promise<ScreenModule<P>>;
    }
    return fetchModule();
  });
  screenLoaders.push(fetchModule);
  return Object.assign(Screen, { load: fetchModule }) as unknown as LazyScreen<P>;
}

/** Loads the code of every screen (the server, before rendering its first page). */
export async function loadAllScreens(): Promise<void> {
  await Promise.all(screenLoaders.map((load) => load()));
}

/** A screen exported by name from a module that holds several (a list and its editor, the three maps). */
export function lazyNamedScreen<K extends string, M extends Record<K, ComponentType<object>>>(
  load: () => Promise<M>,
  name: K,
): LazyScreen {
  return lazyScreen(() => load().then((module) => ({ default: module[name] })));
}
