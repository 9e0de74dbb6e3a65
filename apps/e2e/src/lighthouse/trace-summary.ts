/** A Chromium trace event (the fields this summary reads). */
export type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { url?: string; functionName?: string };
    beginData?: { url?: string };
  };
};

/** V8's CPU profile (Profiler.stop). */
export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

const LONG_TASK_US = 50_000;

function shortUrl(url: string | undefined): string {
  if (!url) return '';
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  return path.length > 60 ? `…${path.slice(-60)}` : path;
}

function label(event: TraceEvent): string {
  const url = shortUrl(event.args?.data?.url);
  return url ? `${event.name} ${url}` : event.name;
}

function pageUrlOf(event: TraceEvent): string | undefined {
  return event.args?.beginData?.url;
}

function top(map: Map<string, number>, count: number): string {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, us]) => `${(us / 1000).toFixed(1)} ms ${key}`)
    .join('\n      ');
}

/** Self time of every event nested in the task, by label. */
function selfTimes(task: TraceEvent, nested: TraceEvent[]): Map<string, number> {
  const out = new Map<string, number>();
  const stack: { event: TraceEvent; children: number }[] = [{ event: task, children: 0 }];
  const flush = (until: number) => {
    for (;;) {
      const last = stack[stack.length - 1];
      if (!last || last.event === task || last.event.ts + (last.event.dur ?? 0) > until) return;
      stack.pop();
      const self = (last.event.dur ?? 0) - last.children;
      out.set(label(last.event), (out.get(label(last.event)) ?? 0) + self);
    }
  };
  for (const event of nested) {
    flush(event.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.children += event.dur ?? 0;
    stack.push({ event, children: 0 });
  }
  flush(Number.POSITIVE_INFINITY);
  const root = stack[0];
  if (root) out.set('(task itself)', (root.event.dur ?? 0) - root.children);
  return out;
}

/** JavaScript self time between two instants, by function and file. */
function jsSelfTimes(profile: CpuProfile, from: number, to: number): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const out = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at < from || at > to) return;
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    const key = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url).split('/').pop()}:${frame.lineNumber + 1}`;
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? delta));
  });
  return out;
}

/** The page's main-thread long tasks, each with what it spent its time on. */
export function summariseTrace(events: TraceEvent[], profile: CpuProfile, base: string): string {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  // The page's renderer: the main thread that parsed the page's own HTML.
  const parser = onMain.find((e) => e.name === 'ParseHTML' && pageUrlOf(e)?.startsWith(base));
  const thread = parser ? `${parser.pid}:${parser.tid}` : '';
  const main = onMain
    .filter((e) => `${e.pid}:${e.tid}` === thread)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Top-level tasks only (RunTask nests ThreadControllerImpl::RunTask and the other way round).
  const tasks: TraceEvent[] = [];
  for (const event of main) {
    if (event.name !== 'RunTask' && event.name !== 'ThreadControllerImpl::RunTask') continue;
    const last = tasks[tasks.length - 1];
    if (last && event.ts < last.ts + (last.dur ?? 0)) continue;
    tasks.push(event);
  }
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart')?.ts ?? tasks[0]?.ts ?? 0;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint')?.ts;
  const lines: string[] = [`FCP ${fcp ? ((fcp - nav) / 1000).toFixed(0) : '?'} ms`];
  let blocking = 0;
  for (const task of tasks) {
    const dur = task.dur ?? 0;
    if (dur < LONG_TASK_US) continue;
    if (fcp && task.ts > fcp) blocking += dur - LONG_TASK_US;
    const nested = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + dur);
    lines.push(`  task at ${((task.ts - nav) / 1000).toFixed(0)} ms: ${(dur / 1000).toFixed(0)} ms`);
    lines.push(`    events: ${top(selfTimes(task, nested), 6)}`);
    const js = jsSelfTimes(profile, task.ts, task.ts + dur);
    if (js.size) lines.push(`    js: ${top(js, 8)}`);
  }
  lines.push(`blocking after FCP (tasks over 50 ms, 4× CPU): ${(blocking / 1000).toFixed(0)} ms`);
  return lines.join('\n');
}
