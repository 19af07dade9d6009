// The timeline drawing: each event of the story's timeline sits at its dates, a dot for a day,
// a bar as wide as its week, month or year (fainter the vaguer it is), colored by the verdict of
// its claim group (single source when it has none). The axis is stretched where events are dense: between two consecutive dates
// that start or end an event, the distance grows with the logarithm of the days between them, so
// a year-old background fact does not squeeze the days the story happened into a few pixels.
import { s, verdictColor } from './dom.js';

const DAY = 86400000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LEFT = 12, RIGHT = 12, AXIS = 30, LANE = 22;

function dayNumber(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  return m ? Math.floor(Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY) : NaN;
}

// The x of a day number: piecewise linear between the dates where events begin or end.
function makeScale(intervals, width) {
  const keys = [...new Set(intervals.flat())].sort((a, b) => a - b);
  const xs = [0];
  for (let i = 1; i < keys.length; i++) xs.push(xs[i - 1] + Math.log2(1 + keys[i] - keys[i - 1]));
  const total = xs[xs.length - 1] || 1;
  const px = xs.map((x) => LEFT + (x / total) * (width - LEFT - RIGHT));
  const scale = (day) => {
    if (day <= keys[0]) return px[0];
    let lo = 0, hi = keys.length - 1;
    if (day >= keys[hi]) return px[hi];
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (keys[mid] <= day) lo = mid; else hi = mid;
    }
    return px[lo] + ((day - keys[lo]) / (keys[hi] - keys[lo])) * (px[hi] - px[lo]);
  };
  return { scale, first: keys[0], last: keys[keys.length - 1] };
}

// Candidate ticks: the first of every month (and January 1st as the year), then every date an
// event starts; drawn in that order where their labels do not overlap.
function ticks(first, last, starts) {
  const out = [];
  const date = (d) => new Date(d * DAY);
  const start = date(first);
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth(); ; m++) {
    const d = Math.floor(Date.UTC(y, m, 1) / DAY);
    if (d > last) break;
    const month = ((m % 12) + 12) % 12;
    if (d >= first) out.push([d, month === 0 ? String(y + Math.floor(m / 12)) : `${MONTHS[month]} ${y + Math.floor(m / 12)}`]);
  }
  for (const d of starts) out.push([d, `${MONTHS[date(d).getUTCMonth()]} ${date(d).getUTCDate()}`]);
  return out;
}

const OPACITY = { day: 1, week: 0.75, month: 0.5, quarter: 0.4, season: 0.4, half: 0.35, year: 0.3 };

function dateText(event) {
  if (event.begin === event.end) return event.begin;
  if (event.precision === 'month') return event.begin.slice(0, 7);
  if (event.precision === 'year') return event.begin.slice(0, 4);
  return `${event.begin} – ${event.end}`;
}

// An <svg> of `timeline` (the story's timeline entries) `width` pixels wide; `onPick(entry)` is
// called with the timeline entry (`event`, and `group` when the event has a claim group) when an
// event is clicked or chosen with the keyboard.
export function timelineSvg(timeline, width, onPick) {
  const events = timeline
    .map((e) => ({ ...e, b: dayNumber(e.begin), e: dayNumber(e.end) + 1 }))
    .filter((e) => Number.isFinite(e.b) && Number.isFinite(e.e));
  if (!events.length) return null;
  const { scale, first, last } = makeScale(events.map((e) => [e.b, e.e]), width);
  const charWidth = 6.3;
  // Lanes: an event goes to the first lane where its mark and label fit; the label sits right of
  // the mark, or left of it near the right edge.
  const laneEnds = [];
  for (const e of events) {
    e.x0 = scale(e.b);
    e.x1 = Math.max(scale(e.e), e.x0 + 8);
    e.dot = e.precision === 'day' || e.e - e.b <= 1;
    if (e.dot) e.x0 = e.x1 = (scale(e.b) + scale(e.e)) / 2;
    e.text = `${e.label} · ${dateText(e)}`;
    const textWidth = e.text.length * charWidth + 10;
    const markBegin = e.dot ? e.x0 - 6 : e.x0;
    const markEnd = e.dot ? e.x0 + 6 : e.x1;
    e.left = markEnd + textWidth > width - RIGHT && markBegin - textWidth >= LEFT;
    const extent = e.left ? [markBegin - textWidth, markEnd] : [markBegin, markEnd + textWidth];
    let lane = laneEnds.findIndex((end) => end + 6 <= extent[0]);
    if (lane < 0) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = extent[1];
    e.lane = lane;
  }
  const height = AXIS + laneEnds.length * LANE + 8;
  const svg = s('svg', { class: 'timeline', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
                         'aria-label': `timeline of ${events.length} events` });
  const axis = s('g', { class: 'axis' });
  axis.append(s('line', { x1: LEFT, x2: width - RIGHT, y1: AXIS - 6, y2: AXIS - 6 }));
  const taken = [];
  const starts = [...new Set(events.filter((e) => e.dot).map((e) => e.b))];
  for (const [day, label] of ticks(first, last, starts)) {
    const x = scale(day);
    const w = label.length * 6.2 + 8;
    if (x + w > width || taken.some(([a, b]) => x < b && x + w > a)) continue;
    taken.push([x, x + w]);
    axis.append(s('line', { class: 'tick', x1: x, x2: x, y1: AXIS - 10, y2: height - 4 }));
    axis.append(s('text', { x: x + 3, y: AXIS - 13 }, label));
  }
  svg.append(axis);
  for (const e of events) {
    const y = AXIS + 4 + e.lane * LANE;
    const color = verdictColor(e.verdict);
    const data = { event: e.event, verdict: e.verdict };
    if (Number.isInteger(e.group)) data.group = e.group;
    const group = s('g', { class: 'event', tabindex: 0, role: 'button', dataset: data });
    group.append(s('title', null,
      `${e.label} — ${e.verdict}\n${dateText(e)} (${e.precision})\n${e.claims.length} claim${e.claims.length === 1 ? '' : 's'}; click for ${Number.isInteger(e.group) ? 'the evidence' : 'the event'}`));
    if (e.dot) {
      group.append(s('circle', { cx: e.x0, cy: y + 7, r: 5.5, fill: color }));
    } else {
      group.append(s('rect', { x: e.x0, y: y + 2, width: e.x1 - e.x0, height: 10, rx: 3, fill: color,
                               'fill-opacity': OPACITY[e.precision] || 0.3, stroke: color }));
    }
    const textX = e.left ? (e.dot ? e.x0 - 9 : e.x0 - 4) : (e.dot ? e.x0 + 9 : e.x1 + 4);
    group.append(s('text', { x: textX, y: y + 11, 'text-anchor': e.left ? 'end' : 'start' }, e.text));
    const pick = () => onPick && onPick(e);
    group.addEventListener('click', pick);
    group.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); pick(); } });
    svg.append(group);
  }
  return svg;
}
